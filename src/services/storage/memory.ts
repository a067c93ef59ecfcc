import type { KeyValueStorage } from './types'

/** An in-memory storage (tests, and a fallback); values are copied as the device would. */
export function memoryStorage(): KeyValueStorage {
  const m = new Map<string, unknown>()
  return {
    get: <T>(k: string) => m.get(k) as T | undefined,
    set: (k, v) => void m.set(k, JSON.parse(JSON.stringify(v))),
    remove: (k) => void m.delete(k),
  }
}
