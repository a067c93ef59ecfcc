import { demoUser as demo } from './demo-user'

/**
 * 海北街道 (Haibei street, Wuhai): the demo street a new user sees on first start. Coordinates
 * are around the real street (lng 106.82, lat 39.68); grids are simple rectangles so the map is
 * easy to read. Fixed openids (demo-*) let tests and the local sign-in name each person.
 */
type Ring = Array<[number, number]>

const LNG0 = 106.8
const LAT0 = 39.67
const W = 0.01 // about 860 m east–west
const H = 0.008 // about 890 m north–south

/** The rectangle of grid column `col`, row `row` as a closed [lng, lat] ring. */
function cell(col: number, row: number): Ring {
  const x = LNG0 + col * W
  const y = LAT0 + row * H
  return [
    [x, y],
    [x + W, y],
    [x + W, y + H],
    [x, y + H],
    [x, y],
  ]
}

const point = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] })

export const street = {
  _id: 'haibei',
  name: '海北街道',
  city: '乌海市海勃湾区',
  phone: '0473-2012345',
  office: '海北街道办事处便民服务大厅',
  issuer: '海北街道办事处',
}

export const communities = [
  { _id: 'c-xinhua', streetId: 'haibei', name: '新华社区', phone: '0473-2011001' },
  { _id: 'c-binhe', streetId: 'haibei', name: '滨河社区', phone: '0473-2011002' },
  { _id: 'c-lvyuan', streetId: 'haibei', name: '绿苑社区', phone: '0473-2011003' },
]

const GRID_DEFS = [
  ['g-xinhua-1', 'c-xinhua', '新华社区第一网格', 0, 0, 'demo-grid-1', '新华社区第一网格党支部'],
  ['g-xinhua-2', 'c-xinhua', '新华社区第二网格', 1, 0, 'demo-grid-2', ''],
  ['g-binhe-1', 'c-binhe', '滨河社区第一网格', 0, 1, 'demo-grid-3', '滨河社区网格党支部'],
  ['g-binhe-2', 'c-binhe', '滨河社区第二网格', 1, 1, 'demo-grid-4', ''],
  ['g-lvyuan-1', 'c-lvyuan', '绿苑社区第一网格', 2, 0, 'demo-grid-5', ''],
  ['g-lvyuan-2', 'c-lvyuan', '绿苑社区第二网格', 2, 1, 'demo-grid-6', '绿苑社区网格党支部'],
] as const

export const grids = GRID_DEFS.map(
  ([_id, communityId, name, col, row, workerOpenid, partyBranch]) => {
    const ring = cell(col, row)
    return {
      _id,
      communityId,
      name,
      workerOpenid,
      partyBranch,
      polygon: [ring],
      center: point(ring[0][0] + W / 2, ring[0][1] + H / 2),
      duties: '巡查走访、矛盾调解、安全隐患排查、代办服务、政策宣传',
      workingHours: '周一至周五 8:30–12:00，14:30–18:00；紧急情况随时联系',
      helpers: [
        { name: '志愿者 ' + name.slice(0, 2) + '李阿姨', phone: '13904731001', kind: 'volunteer' },
        {
          name: '党员中心户 ' + name.slice(0, 2) + '王师傅',
          phone: '13904731002',
          kind: 'party_member',
        },
      ],
      retired: false,
    }
  },
)

export const propertyCompanies = [
  { _id: 'pc-lvcheng', name: '乌海绿城物业服务有限公司', servicePhone: '0473-2088001' },
  { _id: 'pc-wanjia', name: '万家物业管理有限公司', servicePhone: '0473-2088002' },
]

export const compounds = [
  { _id: 'cp-xinhua', name: '新华小区', communityId: 'c-xinhua', propertyCompanyId: 'pc-lvcheng' },
  { _id: 'cp-binhe', name: '滨河花园', communityId: 'c-binhe', propertyCompanyId: 'pc-wanjia' },
  { _id: 'cp-lvyuan', name: '绿苑小区', communityId: 'c-lvyuan', propertyCompanyId: 'pc-lvcheng' },
]

const COMPOUND_OF: Record<string, string> = {
  'c-xinhua': 'cp-xinhua',
  'c-binhe': 'cp-binhe',
  'c-lvyuan': 'cp-lvyuan',
}
const COMPOUND_NAME: Record<string, string> = {
  'cp-xinhua': '新华小区',
  'cp-binhe': '滨河花园',
  'cp-lvyuan': '绿苑小区',
}

/** Two buildings per grid, inside its rectangle; numbered across the compound. */
export const buildings = grids.flatMap((g, gi) =>
  [1, 2].map((k) => {
    const compoundId = COMPOUND_OF[g.communityId]
    const no = (gi % 2) * 2 + k
    const [x, y] = g.polygon[0][0]
    return {
      _id: `${g._id.replace('g-', 'b-')}-${k}`,
      name: `${COMPOUND_NAME[compoundId]}${no}号楼`,
      communityId: g.communityId,
      gridId: g._id,
      compoundId,
      units: ['1单元', '2单元', '3单元'],
      floors: 6,
      roomsPerFloor: 2,
      location: point(x + (W * k) / 3, y + H / 2),
    }
  }),
)

export const users = [
  demo('demo-resident-1', 'resident', '王秀兰', '居民 王秀兰（新华小区1号楼）', {
    phone: '13804731234',
    address: { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' },
  }),
  demo('demo-resident-2', 'resident', '李建国', '居民 李建国（滨河花园1号楼）', {
    phone: '13804735678',
    address: { communityId: 'c-binhe', buildingId: 'b-binhe-1-1', unit: '1单元', room: '502' },
  }),
  demo('demo-resident-3', 'resident', '赵小米', '居民 赵小米（未绑定地址）', { phone: '' }),
  ...grids.map((g, i) =>
    demo(
      g.workerOpenid,
      'grid_worker',
      ['张海燕', '刘强', '马丽', '高文', '孙悦', '周涛'][i],
      `网格员 ${['张海燕', '刘强', '马丽', '高文', '孙悦', '周涛'][i]}（${g.name}）`,
      {
        phone: `1390473200${i + 1}`,
        wechatId: `haibei_grid_${i + 1}`,
        gridId: g._id,
        photo: '',
        title: '专职网格员',
        duties: '网格巡查、民情收集、矛盾调解、安全隐患排查、为老助残等民生服务',
        hours: '周一至周五 8:30–17:30；紧急情况随时联系',
      },
    ),
  ),
  demo('demo-property-1', 'property_staff', '赵磊', '物业 赵磊（绿城物业）', {
    phone: '13704731111',
    companyId: 'pc-lvcheng',
  }),
  demo('demo-property-2', 'property_staff', '钱芳', '物业 钱芳（万家物业）', {
    phone: '13704732222',
    companyId: 'pc-wanjia',
  }),
  demo('demo-office-1', 'office', '陈主任', '街道 陈主任（综治中心）', { phone: '13604730001' }),
]
