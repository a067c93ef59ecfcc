import { Map } from '@tarojs/components'
import type { GridMap } from '@shared/contracts/grid'
import { centroid, findGrid } from '@shared/grid/geometry'

const ring = (poly: Array<Array<[number, number]>>) =>
  (poly[0] ?? []).map(([longitude, latitude]) => ({ latitude, longitude }))

/** weapp: the Map component with one polygon per grid; a tap finds the grid under the finger. */
/** What either drawing of the map takes: the grids, the one selected, and a tap on a grid. */
export interface GridMapProps {
  map: GridMap
  selected: string
  onPick: (id: string) => void
}

export function NativeMap({ map, selected, onPick }: GridMapProps) {
  const mine = map.grids.find((g) => g.id === map.mineId) ?? map.grids[0]
  const [lng, lat] = map.home ?? (mine ? centroid(mine.polygon) : [106.82, 39.68])
  return (
    <Map
      className='grid-map__native'
      longitude={lng}
      latitude={lat}
      scale={14}
      showLocation
      polygons={map.grids.map((g) => ({
        points: ring(g.polygon),
        strokeWidth: g.id === selected ? 4 : 2,
        strokeColor: g.id === map.mineId ? '#1f6febff' : '#8a8f99ff',
        fillColor: g.id === map.mineId ? '#1f6feb33' : '#8a8f9911',
        zIndex: 1,
      }))}
      markers={
        map.home
          ? [
              {
                id: 1,
                longitude: map.home[0],
                latitude: map.home[1],
                title: '我的家',
                iconPath: '',
                width: 24,
                height: 32,
              },
            ]
          : []
      }
      onError={() => undefined}
      onTap={(e) => {
        const { longitude, latitude } = e.detail as unknown as {
          longitude: number
          latitude: number
        }
        const hit = findGrid(
          [longitude, latitude],
          map.grids.map((g) => ({ _id: g.id, polygon: g.polygon })),
        )
        if (hit?._id) onPick(hit._id)
      }}
    />
  )
}
