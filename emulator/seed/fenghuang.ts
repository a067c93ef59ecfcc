import { demoUser as demo } from './demo-user'

/**
 * 凤凰岭街道: a second, smaller street of the same district, seeded so the street scoping (issue 20)
 * is tried on real data — its office must never see 海北's reports and the reverse. North of 海北's
 * grids so no point of one street falls into the other's outline.
 */
const STREET = 'fenghuang'
const X = 106.8
const Y = 39.7
const W = 0.01
const H = 0.008
const ring: Array<[number, number]> = [
  [X, Y],
  [X + W, Y],
  [X + W, Y + H],
  [X, Y + H],
  [X, Y],
]
const point = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] })

export const street = {
  _id: STREET,
  name: '凤凰岭街道',
  city: '乌海市海勃湾区',
  phone: '0473-2030000',
  office: '凤凰岭街道便民服务中心',
  issuer: '凤凰岭街道办事处',
  code: 'FH',
}

export const communities = [
  { _id: 'c-fh-yuan', streetId: STREET, name: '凤苑社区', phone: '0473-2031001' },
]

export const grids = [
  {
    _id: 'g-fh-1',
    streetId: STREET,
    communityId: 'c-fh-yuan',
    name: '凤苑社区第一网格',
    workerOpenid: 'demo-fh-grid-1',
    partyBranch: '',
    polygon: [ring],
    center: point(X + W / 2, Y + H / 2),
    duties: '巡查走访、矛盾调解、安全隐患排查',
    workingHours: '周一至周五 8:30–17:30',
    helpers: [],
    retired: false,
  },
]

export const propertyCompanies = [
  {
    _id: 'pc-fh-anju',
    streetId: STREET,
    name: '安居物业服务有限公司',
    servicePhone: '0473-2038001',
  },
]

export const compounds = [
  {
    _id: 'cp-fh-yuan',
    streetId: STREET,
    name: '凤苑小区',
    communityId: 'c-fh-yuan',
    propertyCompanyId: 'pc-fh-anju',
  },
]

export const buildings = [1, 2].map((k) => ({
  _id: `b-fh-yuan-${k}`,
  streetId: STREET,
  name: `凤苑小区${k}号楼`,
  communityId: 'c-fh-yuan',
  gridId: 'g-fh-1',
  compoundId: 'cp-fh-yuan',
  units: ['1单元', '2单元'],
  floors: 6,
  roomsPerFloor: 2,
  location: point(X + (W * k) / 3, Y + H / 2),
}))

export const users = [
  demo('demo-fh-resident-1', 'resident', '郭红', '居民 郭红（凤凰岭 凤苑小区1号楼）', {
    phone: '13804739001',
    address: { communityId: 'c-fh-yuan', buildingId: 'b-fh-yuan-1', unit: '1单元', room: '201' },
  }),
  demo('demo-fh-grid-1', 'grid_worker', '韩冰', '网格员 韩冰（凤凰岭 凤苑社区第一网格）', {
    phone: '13904739001',
    gridId: 'g-fh-1',
    streetId: STREET,
    title: '专职网格员',
  }),
  demo('demo-fh-property-1', 'property_staff', '冯军', '物业 冯军（凤凰岭 安居物业）', {
    phone: '13704739001',
    companyId: 'pc-fh-anju',
    streetId: STREET,
  }),
  demo('demo-fh-office-1', 'office', '吴主任', '街道 吴主任（凤凰岭街道）', {
    phone: '13604739001',
    streetId: STREET,
  }),
]
