/**
 * Client-made ids (request ids, photo slot ids): 20 chars of [0-9a-z], the time in ms then about
 * 60 random bits from the best randomness the platform has. Not secret; they only need to be
 * unique per user, and they sort roughly by creation time.
 */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(16)
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (c?.getRandomValues) c.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  let out = Date.now().toString(36)
  for (const b of bytes) out += (b % 36).toString(36)
  return prefix + out.slice(0, 20)
}
