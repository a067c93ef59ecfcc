import Taro from '@tarojs/taro'

/**
 * weapp: copy the temp file into the user data folder (wx.env.USER_DATA_PATH), which survives
 * restarts. Not Taro.saveFile: its saved files share a 10 MB limit, the user folder has 200 MB —
 * room for many drafts of nine ≤ 300 KB photos.
 */
export async function keepFile(file: Blob | string): Promise<string> {
  if (typeof file !== 'string') throw new Error('unexpected Blob in weapp')
  const fs = Taro.getFileSystemManager()
  const name = `${Taro.env.USER_DATA_PATH}/draft-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.jpg`
  fs.copyFileSync(file, name)
  return name
}

export async function restoreFile(kept: string): Promise<string> {
  return kept
}

export function dropFile(kept: string): void {
  try {
    Taro.getFileSystemManager().unlinkSync(kept)
  } catch {
    // already gone
  }
}
