/**
 * How deep a JSON request body may nest. Every JSON body the emulator reads (gateway, /tcb,
 * /__emulator, a function's `request_data`) goes through this limit before anything walks it:
 * JSON.parse itself copes with any depth, but JSON.stringify, structured IPC to a function
 * worker and every recursive walk (matcher, EJSON, validation) overflow the stack at a few
 * thousand levels — one 20 KB request used to take the process down.
 */
export const MAX_JSON_DEPTH = 64

/**
 * True when `text` opens more than `max` nested arrays/objects. A linear scan of the raw text
 * (brackets inside strings ignored), so nothing deep is ever built. Malformed text may be
 * miscounted; JSON.parse refuses it afterwards anyway.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}
