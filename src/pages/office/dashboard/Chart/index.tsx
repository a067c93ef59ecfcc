import { Canvas, Text, View } from '@tarojs/components'
import { createElement, useEffect, useRef } from 'react'
import type { ChartSpec } from '../charts'
import { draw, redraw, type Drawn } from './draw'
import { h5Surface, weappSurface } from './surface'
import './index.css'

const H5 = process.env.TARO_ENV === 'h5'

/** What the chart shows, so a change of period, scope or unit (and only that) redraws it. */
const drawnFrom = (s: ChartSpec) => JSON.stringify([s.kind, s.percent, s.points])

/**
 * The canvas of one chart: drawn when it mounts, redrawn when the spec's points change,
 * destroyed when it goes. The canvas is hidden from screen readers: the text beside it says it.
 */
function ChartCanvas({ spec }: { spec: ChartSpec }) {
  const el = useRef<HTMLCanvasElement | null>(null)
  const drawn = useRef<Drawn | null>(null)
  const pending = useRef<Promise<unknown>>(Promise.resolve())
  const id = `chart-${spec.key}`
  const key = drawnFrom(spec)
  useEffect(() => {
    // One drawing at a time: a quick second change waits for the first to finish.
    pending.current = pending.current.then(async () => {
      if (drawn.current) return redraw(drawn.current, spec)
      const surface = H5 ? h5Surface(el.current) : await weappSurface(id)
      if (surface) drawn.current = await draw(surface, spec)
    })
    pending.current.catch(() => undefined)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redraw on what is drawn, not identity
  }, [key])
  useEffect(
    () => () =>
      void pending.current.finally(() => {
        drawn.current?.destroy()
        drawn.current = null
      }),
    [],
  )
  if (H5)
    return createElement('canvas', {
      ref: el,
      id,
      className: 'chart__canvas',
      'aria-hidden': 'true',
      'data-chart': spec.key,
    })
  return <Canvas type='2d' id={id} className='chart__canvas' />
}

/**
 * A chart of the dashboard (charts.ts decides its data) with its title, its loading and empty
 * states, and a text alternative that lists every number drawn for a screen reader.
 */
export function FigureChart({ spec, loading }: { spec: ChartSpec | null; loading: boolean }) {
  return (
    <View className='chart' data-chart={spec?.key}>
      {spec ? <Text className='chart__title'>{spec.title}</Text> : null}
      {loading ? (
        <Text className='chart__busy muted' aria-live='polite'>
          加载中…
        </Text>
      ) : null}
      {spec && !spec.empty ? <ChartCanvas spec={spec} /> : null}
      {spec?.empty ? <Text className='chart__empty muted'>{spec.empty}</Text> : null}
      {spec && !spec.empty ? (
        <View className='chart__alt'>
          <Text>{spec.title}：</Text>
          {spec.alt.map((line) => (
            <Text key={line} className='chart__alt-line'>
              {line}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
