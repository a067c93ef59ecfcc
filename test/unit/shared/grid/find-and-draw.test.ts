import {
  bboxOf,
  centroid,
  findGrid,
  pointInPolygon,
  projector,
  type LngLat,
  type Polygon,
} from '@shared/grid'

/** Rings as text, to keep the fixtures readable: poly('0,0 1,0 1,1', '…hole'). */
const poly = (...rings: string[]): Polygon =>
  rings.map((r) => r.split(' ').map((p) => p.split(',').map(Number) as LngLat))

test('findGrid prefers the smallest _id, whatever order the grids came in', () => {
  const left = { _id: 'g-1', polygon: poly('0,0 1,0 1,1 0,1') }
  const right = { _id: 'g-2', polygon: poly('1,0 2,0 2,1 1,1') }
  expect(findGrid([1, 0.5], [right, left])?._id).toBe('g-1')
  expect(findGrid([1, 0.5], [left, right])?._id).toBe('g-1')
  expect(findGrid([1.5, 0.5], [left, right])?._id).toBe('g-2')
  expect(findGrid([5, 5], [left, right])).toBeNull()
})

test('a real-sized grid near 海北街道: border, inside, 1.7 m outside', () => {
  const g = poly('106.8,39.67 106.81,39.67 106.81,39.678 106.8,39.678 106.8,39.67')
  expect(pointInPolygon([106.805, 39.674], g)).toBe(true)
  expect(pointInPolygon([106.81, 39.674], g)).toBe(true)
  expect(pointInPolygon([106.80001, 39.678], g)).toBe(true)
  expect(pointInPolygon([106.81002, 39.674], g)).toBe(false)
})

test('a hole sharing part of the outline still excludes its inside', () => {
  const donut = poly('0,0 10,0 10,10 0,10', '0,4 6,4 6,6 0,6')
  expect(pointInPolygon([3, 5], donut)).toBe(false)
  expect(pointInPolygon([0, 5], donut)).toBe(true) // on the outline
  expect(pointInPolygon([8, 5], donut)).toBe(true)
})

test.each<[string, LngLat, boolean]>([
  ['the star’s centre', [0, 0], true],
  ['a point of the star', [0, 10], true],
  ['between two points', [5, -5], false],
  ['down an arm', [0, -6], true],
  ['on a concave vertex', [2, 2], true],
  ['just outside a concave vertex', [2.1, 2.1], false],
])('a concave star: %s', (_n, p, want) => {
  const star = poly('0,10 2,2 10,0 2,-2 0,-10 -2,-2 -10,0 -2,2')
  expect(pointInPolygon(p, star)).toBe(want)
})

test('bboxOf and the area centroid', () => {
  expect(bboxOf(poly('0,0 10,0 10,10 7,10 7,3 3,3 3,10 0,10'))).toEqual([0, 0, 10, 10])
  expect(bboxOf([])).toEqual([Infinity, Infinity, -Infinity, -Infinity])
  const [x, y] = centroid(poly('0,0 6,0 0,3'))
  expect(x).toBeCloseTo(2)
  expect(y).toBeCloseTo(1)
  // An L: the area centroid leans to the heavy corner, unlike the vertex average.
  const [lx, ly] = centroid(poly('0,0 4,0 4,1 1,1 1,4 0,4 0,0'))
  expect(lx).toBeCloseTo(9.5 / 7)
  expect(ly).toBeCloseTo(9.5 / 7)
  const real = centroid(poly('106.8,39.67 106.81,39.67 106.81,39.678 106.8,39.678'))
  expect(real[0]).toBeCloseTo(106.805, 9)
  expect(real[1]).toBeCloseTo(39.674, 9)
  expect(centroid(poly('1,1 2,2 3,3'))).toEqual([2, 2]) // no area: vertex average
})

test('the projection keeps squares square and north up, inside the margin', () => {
  const lat = 39.68
  const dLng = 0.01 / Math.cos((lat * Math.PI) / 180) // as wide on the ground as 0.01° is tall
  const square: Polygon = [
    [
      [106.8, lat],
      [106.8 + dLng, lat],
      [106.8 + dLng, lat + 0.01],
      [106.8, lat + 0.01],
      [106.8, lat],
    ],
  ]
  const p = projector([square], 200, 10)
  expect(p.height).toBeCloseTo(200, -0.5)
  expect(p.point([106.8, lat])).toEqual([10, p.height - 10]) // south-west corner: bottom left
  expect(p.point([106.8 + dLng, lat + 0.01])).toEqual([190, 10]) // north-east: top right
  expect(p.points(square).split(' ')).toHaveLength(5)
  expect(p.label(square)).toEqual([100, p.height / 2])
})
