import type { GridMapProps } from './NativeMap'
import { projector } from '@shared/grid/projection'

/** H5: the grids as SVG polygons (no tiles needed), the caller's grid and home highlighted. */
export function SvgMap({ map, selected, onPick }: GridMapProps) {
  const p = projector(
    map.grids.map((g) => g.polygon),
    360,
  )
  const home = map.home ? p.point(map.home) : null
  return (
    <svg
      className='grid-map__svg'
      viewBox={`0 0 ${p.width} ${p.height}`}
      role='img'
      aria-label='网格地图'
    >
      {map.grids.map((g) => {
        const [x, y] = p.label(g.polygon)
        const cls = [
          'grid-map__grid',
          g.id === map.mineId ? 'grid-map__grid--mine' : '',
          g.id === selected ? 'grid-map__grid--on' : '',
        ].join(' ')
        return (
          <g key={g.id} onClick={() => onPick(g.id)} data-grid={g.id}>
            <polygon className={cls} points={p.points(g.polygon)} />
            <text className='grid-map__label' x={x} y={y} fontSize={11} textAnchor='middle'>
              {g.name.replace(/社区/, '')}
            </text>
            {g.overdue ? (
              <text className='grid-map__late' x={x} y={y + 16} fontSize={10} textAnchor='middle'>
                超时 {g.overdue}
              </text>
            ) : null}
          </g>
        )
      })}
      {home ? <circle className='grid-map__home' cx={home[0]} cy={home[1]} r={6} /> : null}
    </svg>
  )
}
