import {
  boundsOf,
  centroid,
  distanceMeters,
  findGrid,
  pointInPolygon,
  type LngLat,
  type Polygon,
} from '@shared/grid'

const square: Polygon = [
  [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
]
const withHole: Polygon = [
  square[0],
  [
    [4, 4],
    [6, 4],
    [6, 6],
    [4, 6],
  ],
]
// A "U": the notch between x 3..7 above y 3 is outside.
const concave: Polygon = [
  [
    [0, 0],
    [10, 0],
    [10, 10],
    [7, 10],
    [7, 3],
    [3, 3],
    [3, 10],
    [0, 10],
  ],
]

test.each<[string, LngLat, Polygon, boolean]>([
  ['inside', [5, 5], square, true],
  ['on an edge', [10, 5], square, true],
  ['on a vertex', [0, 0], square, true],
  ['just outside', [10.000001, 5], square, false],
  ['far outside', [1000, -1000], square, false],
  ['in the hole', [5, 5], withHole, false],
  ['on the hole’s edge', [4, 5], withHole, true],
  ['between outline and hole', [2, 2], withHole, true],
  ['in the U’s notch', [5, 8], concave, false],
  ['in the U’s arm', [1, 8], concave, true],
  ['level with a vertex, inside', [5, 3], concave, true],
  ['ray through a vertex, outside', [-1, 3], concave, false],
])('%s', (_name, p, poly, want) => {
  expect(pointInPolygon(p, poly)).toBe(want)
})

test('a degenerate polygon holds nothing', () => {
  expect(
    pointInPolygon(
      [0, 0],
      [
        [
          [0, 0],
          [1, 1],
        ],
      ],
    ),
  ).toBe(false)
  expect(pointInPolygon([0, 0], [])).toBe(false)
})

test('findGrid takes the first grid holding the point', () => {
  const grids = [
    {
      id: 'a',
      polygon: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ] as Polygon,
    },
    {
      id: 'b',
      polygon: [
        [
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
        ],
      ] as Polygon,
    },
  ]
  expect(findGrid([1.5, 0.5], grids)?.id).toBe('b')
  expect(findGrid([1, 0.5], grids)?.id).toBe('a') // shared border: first in order
  expect(findGrid([3, 3], grids)).toBeNull()
})

test('distances: one degree of latitude ≈ 111.2 km; 50 m steps near 海北街道', () => {
  expect(distanceMeters([106.8, 39], [106.8, 40])).toBeCloseTo(111195, -1)
  expect(distanceMeters([106.8, 39.68], [106.8, 39.68])).toBe(0)
  const d = distanceMeters([106.8, 39.68], [106.8 + 0.0005, 39.68 + 0.0003])
  expect(d).toBeGreaterThan(45)
  expect(d).toBeLessThan(60)
})

test('bounds and centroid for drawing', () => {
  expect(
    boundsOf([
      square,
      [
        [
          [20, 20],
          [30, 20],
          [30, 25],
        ],
      ],
    ]),
  ).toEqual([0, 0, 30, 25])
  expect(centroid(square)).toEqual([5, 5])
})
