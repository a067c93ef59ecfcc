import fs from 'node:fs'
import path from 'node:path'
import { postJson } from './http-api'
import type { System } from './system'

/**
 * How many files the emulator's storage holds under `attached/` (the copies a report or an
 * application claimed): a refused attach must leave this number as it was.
 */
export function attachedFileCount(system: System): number {
  const dir = path.join(system.dataDir, 'files', 'attached')
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).length : 0
}

/**
 * Storage's own download URLs for a client with `token` (or none): the HTTP API's
 * get-objects-download-info, which the security rules decide, not the app's functions.
 */
export async function directUrls(system: System, fileIDs: string[], token?: string) {
  const r = await postJson(
    system,
    '/v1/storages/get-objects-download-info',
    fileIDs.map((cloudObjectId) => ({ cloudObjectId })),
    token,
  )
  if (r.status !== 200) return { status: r.status, items: [] }
  const list = r.body as unknown as Array<{
    cloudObjectId: string
    downloadUrl?: string
    code?: string
  }>
  return {
    status: r.status,
    items: list.map((f) => ({
      fileID: f.cloudObjectId,
      code: f.code ?? 'SUCCESS',
      tempFileURL: f.downloadUrl ?? '',
    })),
  }
}
