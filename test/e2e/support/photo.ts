import type { Page } from 'playwright-core'

/** A camera-like JPEG drawn in the page (gradients and shapes, so it compresses like a photo). */
export async function makePhoto(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const c = document.createElement('canvas')
      c.width = w
      c.height = h
      const g = c.getContext('2d')!
      const grad = g.createLinearGradient(0, 0, w, h)
      grad.addColorStop(0, '#345')
      grad.addColorStop(1, '#dca')
      g.fillStyle = grad
      g.fillRect(0, 0, w, h)
      for (let i = 0; i < 200; i++) {
        g.fillStyle = `hsl(${(i * 37) % 360},60%,${30 + (i % 40)}%)`
        g.fillRect((i * 97) % w, (i * 53) % h, w / 20, h / 30)
      }
      const blob: Blob = await new Promise((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.92))
      const bytes = new Uint8Array(await blob.arrayBuffer())
      let s = ''
      for (const b of bytes) s += String.fromCharCode(b)
      return btoa(s)
    },
    [width, height] as const,
  )
  return Buffer.from(base64, 'base64')
}
