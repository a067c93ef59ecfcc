#!/usr/bin/env node
/**
 * `npm run bench:photo`: how the H5 photo path compresses a 4000×3000 JPEG in Chromium. Bundles
 * src/services/photos/index.h5.ts with esbuild, makes a photo-like test image in the page (noise
 * over gradients, which JPEG finds as hard as a real photo), and reports bytes in/out and the
 * compression time percentiles over RUNS runs (default 15).
 */
const esbuild = require('esbuild')
const path = require('node:path')
const { chromium } = require('playwright-core')

const RUNS = Number(process.env.RUNS || 15)

async function bundle() {
  const r = await esbuild.build({
    stdin: {
      contents: `import { compressPhoto } from './src/services/photos/index.h5'; window.compressPhoto = compressPhoto`,
      resolveDir: path.resolve(__dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    tsconfig: path.resolve(__dirname, '..', 'tsconfig.json'),
  })
  return r.outputFiles[0].text
}

function makeTestPhoto() {
  const c = document.createElement('canvas')
  c.width = 4000
  c.height = 3000
  const ctx = c.getContext('2d')
  const g = ctx.createLinearGradient(0, 0, 4000, 3000)
  g.addColorStop(0, '#4a6b8a')
  g.addColorStop(0.5, '#c9b28f')
  g.addColorStop(1, '#2f4a2a')
  ctx.fillStyle = g
  ctx.fillRect(0, 0, 4000, 3000)
  const img = ctx.getImageData(0, 0, 4000, 3000)
  let seed = 42
  for (let i = 0; i < img.data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    const n = (seed % 48) - 24
    img.data[i] += n
    img.data[i + 1] += n
    img.data[i + 2] += n
  }
  ctx.putImageData(img, 0, 0)
  return new Promise((resolve) => c.toBlob(resolve, 'image/jpeg', 0.92))
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const page = await browser.newPage()
  await page.setContent('<html><body></body></html>')
  await page.addScriptTag({ content: await bundle() })
  const result = await page.evaluate(
    async ({ runs, makeSrc }) => {
      const make = new Function(`return (${makeSrc})()`)
      const input = await make()
      const times = []
      let out
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now()
        out = await window.compressPhoto(input)
        times.push(performance.now() - t0)
        URL.revokeObjectURL(out.previewUrl)
      }
      return {
        inBytes: input.size,
        outBytes: out.bytes,
        width: out.width,
        height: out.height,
        times,
      }
    },
    { runs: RUNS, makeSrc: makeTestPhoto.toString() },
  )
  await browser.close()
  const t = result.times.sort((a, b) => a - b)
  const pct = (p) => t[Math.min(t.length - 1, Math.floor((p / 100) * t.length))].toFixed(0)
  console.log(`photo compression in Chromium (${RUNS} runs, 4000×3000 JPEG test photo)`)
  console.log(`input   ${(result.inBytes / 1024).toFixed(0)} KB`)
  console.log(
    `output  ${(result.outBytes / 1024).toFixed(0)} KB  ${result.width}×${result.height}  (${((100 * result.outBytes) / result.inBytes).toFixed(1)}% of input)`,
  )
  console.log(`time    p50 ${pct(50)} ms  p95 ${pct(95)} ms  max ${t[t.length - 1].toFixed(0)} ms`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
