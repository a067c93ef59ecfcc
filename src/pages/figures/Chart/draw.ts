import { Axis, Canvas, Chart, Interval, jsx as f2jsx, Legend, Line, Point } from '@antv/f2'
import type { ChartSpec } from '../charts'

/**
 * A chart spec drawn with AntV F2 on a 2D context. Only the parts used are imported (the office
 * subpackage carries them); elements are built with F2's own `jsx()` so this file needs no JSX
 * pragma next to React's. No animation: the figures are read, not watched.
 */

/** F2's generic component classes do not fit its own `jsx()` parameter type; their props do. */
const jsx = (type: unknown, props: object, ...children: unknown[]) =>
  f2jsx(type as Parameters<typeof f2jsx>[0], props, ...children)

const BLUE = '#1f6feb'
const SERIES_COLORS = [BLUE, '#2da44e']
const LABEL = { fill: '#5c6370', fontSize: 11 }

/** Counts tick at whole numbers: four steps of a whole size from 0 past the largest. */
function countScale(spec: ChartSpec) {
  const step = Math.max(1, Math.ceil(Math.max(0, ...spec.points.map((p) => p.y)) / 4))
  return { min: 0, max: step * 4, tickInterval: step }
}

function element(spec: ChartSpec) {
  const yFormat = (v: number) => (spec.percent ? `${v}%` : String(v))
  // F2's label rotation measures the gap between the first two x ticks: with one x value (a
  // street's only category, a single month) there is no second tick and it throws.
  const rotate = spec.kind !== 'hbars' && new Set(spec.points.map((p) => p.x)).size > 1
  const axes = [
    jsx(Axis, { field: 'x', style: { label: LABEL }, labelAutoRotate: rotate }),
    jsx(Axis, { field: 'y', formatter: yFormat, style: { label: LABEL } }),
  ]
  const scale = { y: spec.percent ? { min: 0, max: 100, tickCount: 5 } : countScale(spec) }
  if (spec.kind === 'lines') {
    const color = { field: 'series', range: SERIES_COLORS }
    return jsx(
      Chart,
      { data: spec.points, scale },
      ...axes,
      jsx(Line, { x: 'x', y: 'y', color }),
      jsx(Point, { x: 'x', y: 'y', color }),
      jsx(Legend, { position: 'top' }),
    )
  }
  const coord = spec.kind === 'hbars' ? { transposed: true } : undefined
  return jsx(
    Chart,
    { data: spec.points, scale, coord },
    ...axes,
    jsx(Interval, { x: 'x', y: 'y', color: BLUE }),
  )
}

/** Where to draw: the context of a canvas whose backing store is width × height × pixelRatio. */
export interface Surface {
  context: CanvasRenderingContext2D
  width: number
  height: number
  pixelRatio: number
  /** weapp: the canvas node's own rAF / image / offscreen canvas (no window there). */
  platform?: Record<string, unknown>
}

export type Drawn = Canvas

export async function draw(surface: Surface, spec: ChartSpec): Promise<Drawn> {
  const { platform, ...size } = surface
  const canvas = new Canvas({ ...size, ...platform, animate: false, children: element(spec) })
  await canvas.render()
  return canvas
}

/** The same canvas, new data (another period, scope or unit). */
export function redraw(canvas: Drawn, spec: ChartSpec): Promise<void> {
  return canvas.update({ children: element(spec) })
}
