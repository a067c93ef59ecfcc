/**
 * How photos leave the phone (DESIGN "Figures that must hold"): long edge ≤ 1280 px and ≤ 300 KB
 * each. The arithmetic lives here so the H5 canvas path and the weapp path agree, and the server
 * can refuse uploads that ignore it.
 */
export const PHOTO_MAX_EDGE = 1280
export const PHOTO_MAX_BYTES = 300 * 1024
export const PHOTO_MAX_COUNT = 9

/** JPEG qualities tried in turn until the file fits; most phone photos fit at the first or second. */
export const PHOTO_QUALITY_STEPS = [0.82, 0.7, 0.58, 0.46, 0.36] as const

/** The size to draw a w×h image at so its long edge is at most `maxEdge`, keeping the aspect ratio. */
export function fitWithin(width: number, height: number, maxEdge = PHOTO_MAX_EDGE) {
  if (width <= 0 || height <= 0) throw new Error('image has no size')
  const scale = Math.min(1, maxEdge / Math.max(width, height))
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  }
}

/**
 * Encodes at falling quality until the result fits `maxBytes`; if even the lowest quality is too
 * big, halves the size and tries again (a huge panorama). `encode` is the platform's encoder.
 */
export async function encodeToFit<T extends { size: number }>(
  width: number,
  height: number,
  encode: (w: number, h: number, quality: number) => Promise<T>,
  maxBytes = PHOTO_MAX_BYTES,
): Promise<{ out: T; width: number; height: number; quality: number }> {
  let size = fitWithin(width, height)
  for (let round = 0; round < 4; round++) {
    for (const quality of PHOTO_QUALITY_STEPS) {
      const out = await encode(size.width, size.height, quality)
      if (out.size <= maxBytes) return { out, ...size, quality }
    }
    size = fitWithin(size.width, size.height, Math.round(Math.max(size.width, size.height) / 2))
  }
  throw new Error('照片压缩失败，请换一张照片')
}
