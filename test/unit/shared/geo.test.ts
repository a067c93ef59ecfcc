import { wgs84ToGcj02 } from '@shared/geo'

// 天安门: GPS (WGS-84) 39.90923, 116.397428 is 39.910634, 116.403672 on Chinese maps (GCJ-02),
// the offset every published WGS-84 → GCJ-02 implementation gives for this point (~550 m).
test('a browser (WGS-84) position becomes the GCJ-02 one the maps use', () => {
  const p = wgs84ToGcj02({ latitude: 39.90923, longitude: 116.397428 })
  expect(p.latitude).toBeCloseTo(39.910634, 5)
  expect(p.longitude).toBeCloseTo(116.403672, 5)
})
