import fs from 'node:fs'
import path from 'node:path'
import type { System } from './system'

/**
 * How many files the emulator's storage holds under `attached/` (the copies a report or an
 * application claimed): a refused attach must leave this number as it was.
 */
export function attachedFileCount(system: System): number {
  const dir = path.join(system.dataDir, 'files', 'attached')
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).length : 0
}
