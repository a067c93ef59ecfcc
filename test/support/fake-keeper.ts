import type { FileKeeper } from '@/stores/OutboxStore'

/** Keeps "files" as strings in memory and records what was dropped. */
export function fakeKeeper(): FileKeeper & { dropped: string[] } {
  const dropped: string[] = []
  return {
    dropped,
    keepFile: async (f) => `kept:${typeof f === 'string' ? f : 'blob'}`,
    restoreFile: async (k) => k,
    dropFile: (k) => void dropped.push(k),
  }
}
