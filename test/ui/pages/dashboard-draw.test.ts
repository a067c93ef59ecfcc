import type { Dashboard } from '@shared/contracts/stats'
import { dashboardCharts } from '@/pages/figures/charts'
import { draw, redraw } from '@/pages/figures/Chart/draw'
import { dashboard } from '../support/dashboard'

/**
 * F2 drawing a chart through a 2D context that records what it is told (jsdom has no real one,
 * so the offscreen canvas for measuring text and the frame timer are given, as weapp gives its
 * node's): one blue bar per bucket with its label, and a redraw draws the new buckets.
 */
function recorder() {
  const ops: Array<{ op: string; arg?: unknown; fill?: unknown }> = []
  const state: Record<string, unknown> = {}
  const ctx = new Proxy(state, {
    get(t, key: string) {
      if (key in t) return t[key]
      if (key === 'measureText') return (s: string) => ({ width: s.length * 6 })
      if (key === 'getImageData')
        return (_x: number, _y: number, w: number, h: number) => ({
          data: new Uint8ClampedArray(Math.max(1, w * h * 4)),
        })
      return (arg?: unknown) => void ops.push({ op: key, arg, fill: t.fillStyle })
    },
    set(t, key: string, v) {
      t[key] = v
      return true
    },
  })
  return { ctx: ctx as unknown as CanvasRenderingContext2D, ops }
}

/** Frames F2 asks for; those still pending when a test ends are dropped (its canvas is gone). */
const frames = new Set<ReturnType<typeof setTimeout>>()
const raf = (cb: () => void) => {
  const t = setTimeout(() => {
    frames.delete(t)
    cb()
  }, 5)
  frames.add(t)
  return t
}
afterEach(() => {
  frames.forEach(clearTimeout)
  frames.clear()
})

async function until<T>(what: () => T | undefined, ms = 15000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const v = what()
    if (v !== undefined) return v
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('not drawn in time')
}

/** What the last full frame drew: its texts and the number of blue (bar) fills. */
function lastFrame(ops: Array<{ op: string; arg?: unknown; fill?: unknown }>, label: string) {
  const start = ops.map((o) => o.op).lastIndexOf('clip')
  const frame = ops.slice(start)
  const texts = frame.filter((o) => o.op === 'fillText').map((o) => o.arg)
  if (!texts.includes(label)) return undefined
  return { texts, bars: frame.filter((o) => o.op === 'fill' && o.fill === '#1f6feb').length }
}

function withDays(d: Dashboard, received: number[]): Dashboard {
  const rows = received.map((n, i) => {
    const key = `2026-11-0${i + 1}`
    return { ...d.trend.rows[0], key, label: key, received: n }
  })
  return { ...d, trend: { unit: 'day', rows } }
}

jest.setTimeout(30_000)

it('draws one bar per day with its label, and redraws for another period', async () => {
  const d = dashboard({ from: '2026-11-01', to: '2026-11-04' })
  const { ctx, ops } = recorder()
  const offscreenCanvas = { width: 300, height: 200, getContext: () => ctx }
  const surface = { context: ctx, width: 300, height: 200, pixelRatio: 1 }
  const platform = {
    offscreenCanvas,
    requestAnimationFrame: raf,
    cancelAnimationFrame: clearTimeout,
  }
  const spec = (received: number[]) => dashboardCharts(withDays(d, received))[0]
  const c = await draw({ ...surface, platform }, spec([1, 2, 3]))
  const first = await until(() => lastFrame(ops, '11-03'))
  expect(first.bars).toBe(3)
  expect(first.texts).toEqual(expect.arrayContaining(['11-01', '11-02', '11-03']))
  await redraw(c, spec([4, 0, 2, 5]))
  const second = await until(() => lastFrame(ops, '11-04'))
  expect(second.texts).toEqual(expect.arrayContaining(['11-01', '11-04']))
  expect(second.bars).toBe(4) // one per day; a day with none is a flat one
  c.destroy()
})

it('draws a period with a single bucket (one x value: nothing to rotate labels against)', async () => {
  const d = dashboard({ from: '2026-11-01', to: '2026-11-01' })
  const { ctx, ops } = recorder()
  const platform = {
    offscreenCanvas: { width: 300, height: 200, getContext: () => ctx },
    requestAnimationFrame: raf,
    cancelAnimationFrame: clearTimeout,
  }
  const surface = { context: ctx, width: 300, height: 200, pixelRatio: 1, platform }
  const c = await draw(surface, dashboardCharts(withDays(d, [2]))[0])
  const frame = await until(() => lastFrame(ops, '11-01'))
  expect(frame.bars).toBe(1)
  c.destroy()
})
