import { randomBytes } from 'node:crypto'

let counter = Math.floor(Math.random() * 0xffffff)

/**
 * 32 hex characters like CloudBase's generated `_id`s, time-ordered (ms, then a counter) so that
 * documents come back in insertion order when no orderBy is given, as they do on CloudBase.
 */
export function newId(): string {
  counter = (counter + 1) % 0x1000000
  const time = Date.now().toString(16).padStart(12, '0')
  return time + counter.toString(16).padStart(6, '0') + randomBytes(7).toString('hex')
}
