/** What the grid function answers in the mp tests: 王秀兰's grid, the map and the ledger. */
const ring = (x: number, y: number): Array<[number, number]> => [
  [x, y],
  [x + 0.01, y],
  [x + 0.01, y + 0.008],
  [x, y + 0.008],
  [x, y],
]

export const GRID_CLOUD = {
  'grid.mine': () => ({
    gridId: 'g-xinhua-1',
    gridName: '新华社区第一网格',
    communityName: '新华社区',
    partyBranch: '新华社区第一网格党支部',
    worker: {
      name: '张海燕',
      title: '专职网格员',
      photo: '',
      duties: '网格巡查、民情收集',
      hours: '周一至周五 8:30–17:30',
      wechatId: 'haibei_grid_1',
      phone: '13904732001',
      phonePublished: true,
      onLeave: false,
    },
    helpers: [{ name: '志愿者 李阿姨', phone: '13904731001', kind: 'volunteer' }],
    property: { name: '乌海绿城物业服务有限公司', servicePhone: '0473-2088001' },
    mine: true,
  }),
  'grid.myCard': () => ({
    openid: 'demo-grid-1',
    name: '张海燕',
    role: 'grid_worker',
    photo: '',
    photoUrl: '',
    phone: '13904732001',
    wechatId: 'haibei_grid_1',
    title: '专职网格员',
    duties: '网格巡查、民情收集',
    hours: '周一至周五 8:30–17:30',
    onLeave: false,
  }),
  'user.profile': () => ({
    name: '王秀兰',
    phone: '13804731234',
    consents: [{ purpose: 'phone', policyVersion: '2026-12-01', at: '2026-12-01T08:00:00.000Z' }],
  }),
  'grid.map': () => ({
    grids: [
      {
        id: 'g-xinhua-1',
        name: '新华社区第一网格',
        polygon: [ring(106.8, 39.67)],
        workerName: '张海燕',
        open: 2,
        overdue: 1,
      },
      {
        id: 'g-xinhua-2',
        name: '新华社区第二网格',
        polygon: [ring(106.81, 39.67)],
        workerName: '刘强',
        open: 0,
        overdue: 0,
      },
    ],
    mineId: 'g-xinhua-1',
    home: [106.803, 39.674],
  }),
  'grid.apiKeys': () => ({
    keys: [
      {
        id: 'k0123456789ab',
        name: '区12345热线',
        createdAt: '2026-11-20T02:00:00.000Z',
        revoked: false,
      },
    ],
  }),
  'grid.ledger': () => ({
    grids: [
      {
        gridId: 'g-xinhua-1',
        gridName: '新华社区第一网格',
        communityName: '新华社区',
        workerName: '张海燕',
        helpers: 2,
        households: 1,
        open: 2,
        overdue: 1,
        avgAcceptMin: 42,
        avgResolveMin: 300,
        satisfaction: 4.5,
        rated: 2,
        total: 4,
      },
    ],
    workers: [
      {
        openid: 'demo-grid-1',
        name: '张海燕',
        gridName: '新华社区第一网格',
        accepted: 3,
        resolved: 2,
        avgAcceptMin: 42,
        avgResolveMin: 300,
        satisfaction: 4.5,
      },
    ],
    standIns: [],
    generatedAt: '2026-11-23T08:00:00.000Z',
  }),
}

export const GRID_PAGES = {
  'pages/resident/my-grid/index': {
    as: 'resident' as const,
    text: [
      '张海燕',
      '打电话 13904732001',
      '复制微信号',
      '报网格员',
      '网格辅助人员',
      '物业服务',
      '0473-2088001',
    ],
  },
  'pages/resident/bind-address/index': {
    as: 'resident' as const,
    text: ['社区', '新华社区', '楼栋', '新华小区1号楼', '单元', '2单元', '房号', '保存住址'],
  },
  'pages/resident/grid-map/index': {
    as: 'resident' as const,
    text: ['新华社区第一网格（我的网格）', '网格员：张海燕', '未办结 2 件，其中超时 1 件'],
  },
  'pages/resident/join/index': { as: 'resident' as const, text: ['工作人员加入', '加入'] },
  'pages/resident/profile/index': {
    as: 'resident' as const,
    text: [
      '姓名',
      '手机号',
      '13804731234',
      '更换为微信绑定的手机号',
      '解绑手机号',
      '注销账号',
      '已注销用户',
    ],
  },
  'pages/resident/privacy/index': {
    as: 'resident' as const,
    text: ['管家小北隐私政策', '手机号（经微信验证）', '保存期限', '直到您解绑或注销账号'],
  },
  'pages/worker/card/index': {
    as: 'grid_worker' as const,
    // Field values are inputs' values, not text: the labels and the name show the card loaded.
    text: ['张海燕', '职务', '联系电话', '工作职责', '休假中', '保存名片'],
  },
  'pages/office/ledger/index': {
    as: 'office' as const,
    text: [
      '导出 Excel',
      '网格台账',
      '网格员台账',
      '新华社区第一网格',
      '42分',
      '4.5星',
      '邀请工作人员',
    ],
  },
  'pages/office/street-import/index': {
    as: 'office' as const,
    text: [
      '下载模板',
      '上传填好的表格',
      '选择文件并导入',
      '对外接口（Open311）密钥',
      '区12345热线',
    ],
  },
}
