import { useEmulator } from './support'

// Around 海北街道: lng 106.80, lat 39.67.
const PLACES = [
  { _id: 'here', name: '起点', lng: 106.8, lat: 39.67 },
  { _id: 'near', name: '约 85 米', lng: 106.801, lat: 39.67 },
  { _id: 'mid', name: '约 860 米', lng: 106.81, lat: 39.67 },
  { _id: 'far', name: '约 8.6 公里', lng: 106.9, lat: 39.67 },
]
const t = useEmulator({ conf_geo: [], conf_grants: [] })

beforeAll(async () => {
  for (const p of PLACES) {
    await t.db
      .collection('conf_geo')
      .add({ data: { _id: p._id, name: p.name, loc: new t.db.Geo.Point(p.lng, p.lat) } })
  }
})

const ids = (r: { data: Array<{ _id: string }> }) => r.data.map((d) => d._id)

test.each([
  ['geoNear sorts by distance', { maxDistance: 100000 }, ['here', 'near', 'mid', 'far']],
  ['geoNear within 100 m', { maxDistance: 100 }, ['here', 'near']],
  ['geoNear between 50 m and 1 km', { minDistance: 50, maxDistance: 1000 }, ['near', 'mid']],
  ['geoNear within 1 m', { maxDistance: 1 }, ['here']],
])('%s', async (_name, range, expected) => {
  const r = await t.db
    .collection('conf_geo')
    .where({ loc: t._.geoNear({ geometry: new t.db.Geo.Point(106.8, 39.67), ...range }) })
    .get()
  expect(ids(r)).toEqual(expected)
})

test('geoWithin a polygon', async () => {
  const { Point, LineString, Polygon } = t.db.Geo
  const ring = new LineString([
    new Point(106.795, 39.665),
    new Point(106.805, 39.665),
    new Point(106.805, 39.675),
    new Point(106.795, 39.675),
    new Point(106.795, 39.665),
  ])
  const r = await t.db
    .collection('conf_geo')
    .where({ loc: t._.geoWithin({ geometry: new Polygon([ring]) }) })
    .get()
  expect(ids(r).sort()).toEqual(['here', 'near'])
})

test('geoWithin a circle (centerSphere, radians)', async () => {
  const r = await t.db
    .collection('conf_geo')
    .where({ loc: t._.geoWithin({ centerSphere: [[106.8, 39.67], 1000 / 6378100] }) })
    .get()
  expect(ids(r).sort()).toEqual(['here', 'mid', 'near'])
})

test('points come back as db.Geo.Point', async () => {
  const { data } = await t.db.collection('conf_geo').doc('near').get()
  expect(data.loc.longitude).toBeCloseTo(106.801)
  expect(data.loc.latitude).toBeCloseTo(39.67)
})

test('a unique index (subscribe_grants: openid + templateId) refuses a duplicate and writes nothing', async () => {
  const c = t.db.collection('subscribe_grants')
  await c.add({ data: { openid: 'o1', templateId: 'T', count: 1 } })
  await expect(c.add({ data: { openid: 'o1', templateId: 'T', count: 5 } })).rejects.toThrow(
    /duplicate key/,
  )
  await c.add({ data: { openid: 'o1', templateId: 'U', count: 1 } })
  expect((await c.where({ openid: 'o1' }).count()).total).toBe(2)
  await expect(c.where({ templateId: 'U' }).update({ data: { templateId: 'T' } })).rejects.toThrow(
    /duplicate key/,
  )
  expect((await c.where({ templateId: 'T' }).count()).total).toBe(1)
})
