import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { System } from './system'

/**
 * The emulator's live worker processes for one function: its children whose working folder is
 * `cloudfunctions/<name>` (the function host forks each worker there).
 */
export function workersOf(system: System, name: string): number[] {
  let out = ''
  try {
    out = execFileSync('pgrep', ['-P', String(system.pid())], { encoding: 'utf8' })
  } catch {
    return [] // pgrep exits 1 when there are none
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter((pid) => {
      try {
        return path.basename(fs.readlinkSync(`/proc/${pid}/cwd`)) === name
      } catch {
        return false
      }
    })
}

/** SIGKILL the given worker processes, as a platform crash or timeout kill would. */
export function killWorkers(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}
