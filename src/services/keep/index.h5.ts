/**
 * H5: a data URL in localStorage. Photos are compressed to ≤ 300 KB first, so a full draft fits
 * the browser's storage on most devices; when it does not, the caller keeps the text and says so.
 */
export async function keepFile(file: Blob | string): Promise<string> {
  if (typeof file === 'string') return file
  return new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(String(r.result))
    r.onerror = () => reject(r.error ?? new Error('读取图片失败'))
    r.readAsDataURL(file)
  })
}

export async function restoreFile(kept: string): Promise<Blob> {
  return (await fetch(kept)).blob()
}

export function dropFile(): void {
  // nothing on disk to remove
}
