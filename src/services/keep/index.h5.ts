/**
 * H5: the compressed Blob itself in IndexedDB, under a key the draft stores as `idb:<key>`.
 * Why IndexedDB and not localStorage: it stores Blobs as they are (no base64, a third smaller),
 * off the main thread, and its quota is a share of the disk (hundreds of MB) where localStorage
 * has ~5 MB for the whole origin — nine 300 KB photos as data URLs (3.6 MB) would fill it and push
 * out the drafts' text. Where IndexedDB is missing or refuses (some private modes), the photo is
 * kept as a data URL in the draft instead, so it is still not lost.
 */
import { AppError } from '@shared/errors'

const DB = 'xb-keep'
const STORE = 'files'
const PREFIX = 'idb:'

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'))
    const req = indexedDB.open(DB, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB refused'))
  })
}

async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode)
      const req = op(tx.objectStore(STORE))
      tx.oncomplete = () => resolve(req.result as T)
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB failed'))
    })
  } finally {
    db.close()
  }
}

function dataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(String(r.result))
    r.onerror = () => reject(r.error ?? new Error('读取图片失败'))
    r.readAsDataURL(file)
  })
}

export async function keepFile(file: Blob | string): Promise<string> {
  if (typeof file === 'string') return file
  const key = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
  try {
    await run('readwrite', (s) => s.put(file, key))
    return PREFIX + key
  } catch {
    return dataUrl(file)
  }
}

export async function restoreFile(kept: string): Promise<Blob> {
  if (!kept.startsWith(PREFIX)) return (await fetch(kept)).blob() // a data URL (older drafts too)
  const blob = await run<Blob | undefined>('readonly', (s) => s.get(kept.slice(PREFIX.length)))
  // Gone (site data cleared): a refusal, not a network failure, so the draft shows why.
  if (!blob) throw new AppError('NOT_FOUND', '照片已不在本机，请删除后重新添加')
  return blob
}

export function dropFile(kept: string): void {
  if (kept.startsWith(PREFIX))
    void run('readwrite', (s) => s.delete(kept.slice(PREFIX.length))).catch(() => undefined)
}
