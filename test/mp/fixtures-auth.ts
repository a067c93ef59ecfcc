/** 扫码登录 on the phone: the login a scanned desk code names (what auth.deskScan answers). */
export const DESK_SCENE = '0123456789abcdef01234567'

export const AUTH_CLOUD = {
  'auth.deskScan': (p: { scene?: string }) => ({
    id: p?.scene,
    state: 'pending',
    createdAt: '2026-11-23T01:05:00.000Z',
    expiresAt: '2026-11-23T01:07:00.000Z',
    device: 'Chrome · Windows',
    ip: '10.1.2.3',
  }),
  'auth.confirmDesk': (p: { confirm?: boolean }) => ({
    state: p?.confirm ? 'confirmed' : 'refused',
  }),
}

export const AUTH_PAGES = {
  'pages/office/desk-login/index': {
    as: 'office' as const,
    query: { scene: DESK_SCENE },
    text: [
      '登录街道工作台',
      '2026-11-23 09:05',
      'Chrome · Windows',
      '10.1.2.3',
      '确认登录',
      '取消',
    ],
  },
}
