import type { ActionName } from '@shared/contracts'
import { DEFAULT_LIMITS } from '@shared/reports'
import type { Objects } from './access-fixtures'
import { NO_LOGIN, STALE, stepInput } from './access-payloads'
import { objectOf, PROTO_KEYS } from './fuzz-values'

/**
 * A well-formed payload per action, about real objects where it takes an id, for the fuzzer to
 * corrupt: a valid shape gets a hostile value past the first checks and deep into the code.
 * Writes are kept unlikely (stale versions, ids that do not exist, photos nobody uploaded).
 */
export function seeds(o: Objects, openid: string): Record<ActionName, unknown> {
  const photo = `cloud://xb-test.bucket/uploads/${openid}/20261123/nope.jpg`
  const home = { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' }
  const decision = { id: o.application, version: STALE }
  return {
    'user.whoami': {},
    'user.recordGrants': { answers: { nope: 'accept' } },
    'user.grants': {},
    'user.bindAddress': { ...home, room: '9999' },
    'user.redeemInvite': { code: 'ABCDEFGH' },
    'user.messages': { page: 1 },
    'user.markRead': { ids: ['m-nope'] },
    'user.fileUrls': { fileIDs: ['cloud://x.y/attached/reports/r-nope/f.jpg'] },
    'user.profile': {},
    'user.bindPhone': { code: 'never-minted' },
    'user.unbindPhone': {},
    'user.saveProfile': { name: 'x1' },
    // Never `confirm: true`: the fuzzer's caller keeps their account.
    'user.deleteAccount': { confirm: 'no' },
    'user.residentsAt': { buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' },
    'auth.deskStart': { device: 'Chrome · Windows' },
    'auth.deskScan': { scene: NO_LOGIN.id },
    'auth.confirmDesk': { id: NO_LOGIN.id, confirm: true },
    'auth.deskPoll': NO_LOGIN,
    'auth.deskSession': NO_LOGIN,
    'auth.deskSignOut': NO_LOGIN,
    'grid.places': {},
    'grid.locate': { latitude: 39.674, longitude: 106.8034 },
    'grid.handlers': {},
    'grid.mine': { gridId: 'g-xinhua-1' },
    'grid.map': {},
    'grid.ledger': {},
    'grid.exportLedger': {},
    'grid.importTemplate': {},
    'grid.streets': {},
    'grid.createStreet': { name: '测试街道', code: 'CS' },
    'grid.apiKeys': {},
    'grid.issueApiKey': { name: '区12345热线' },
    'grid.revokeApiKey': { id: 'k-nowhere' },
    'grid.importStreet': {
      fileID: 'cloud://xb-test.bucket/uploads/nobody/20260101/x.xlsx',
      streetId: 'fenghuang',
    },
    'grid.saveGrid': {
      id: 'g-nowhere',
      communityId: 'c-xinhua',
      name: '测试网格',
      partyBranch: '',
      helpers: [{ name: '李阿姨', phone: '13904731001', kind: 'volunteer' }],
    },
    'grid.retireGrid': { id: 'g-nowhere' },
    'grid.retireWorker': { id: 'g-nowhere' },
    'grid.createInvite': { role: 'grid_worker', gridId: 'g-nowhere', name: '某某' },
    'grid.myCard': {},
    'grid.saveCard': { openid: 'nobody', phone: '13904732001', title: '网格员' },
    'grid.staff': {},
    'grid.retireStaff': { openid: 'nobody' },
    'grid.setStandIn': {
      gridId: 'g-nowhere',
      openid: 'demo-grid-2',
      from: '2099-01-01',
      to: '2099-01-05',
    },
    'grid.clearStandIn': { gridId: 'g-nowhere' },
    'report.create': {
      target: 'grid',
      categoryKey: 'lighting',
      description: '楼道灯坏了',
      photos: [photo],
      location: { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元' },
      urgency: 'normal',
      requestId: 'fuzz-request-0001',
      noCallback: false,
      onBehalf: { kind: 'person', name: '王秀兰', phone: '13804731234' },
    },
    'report.nearby': {
      target: 'grid',
      categoryKey: 'lighting',
      location: { kind: 'point', latitude: 39.674, longitude: 106.805, address: '路口' },
    },
    'report.listMine': { page: 1, pageSize: 20 },
    'report.get': { id: o.gridReport },
    'report.follow': { id: 'r-nowhere' },
    'report.transition': {
      id: o.acceptedReport,
      version: STALE,
      action: 'resolve',
      ...stepInput('resolve', o),
      photos: [photo],
    },
    'report.search': { filter: 'all', from: '2026-01-01', to: '2026-12-31', q: '楼道灯', page: 1 },
    'report.export': { filter: 'overdue', q: 'BS-DEMO-1' },
    'report.inbox': { tab: 'pending', page: 1 },
    'report.workCounts': {},
    'certificate.catalogue': {},
    'certificate.calendar': {},
    'certificate.saveCalendar': { holidays: ['2026-10-01'], workdays: ['2026-10-10'] },
    'certificate.wording': {},
    // One blank that does not exist: refused, so the street's wording stays as seeded.
    'certificate.saveWording': {
      issuer: '海北街道办事处',
      texts: { residence: '兹证明 {姓名} {身份证号} {电话}', hardship: '兹证明 {姓名} {身份证号}' },
    },
    'certificate.saveType': {
      key: 'nope',
      enabled: true,
      timeLimitDays: 5,
      validityMonths: 6,
      promiseAllowed: true,
    },
    'certificate.apply': {
      typeKey: 'residence',
      input: {
        name: '王秀兰',
        idNumber: '150302196205141234',
        phone: '13904731234',
        address: home,
        purpose: 'school',
        attachments: [{ kind: 'idCard', fileID: photo }],
        requestId: 'fuzz-cert-0001',
      },
    },
    'certificate.resubmit': { id: o.applicationNeedingMaterial, version: STALE, input: {} },
    'certificate.listMine': { page: 1 },
    'certificate.get': { id: o.application },
    'certificate.queue': { filter: 'all', typeKey: 'residence', page: 1 },
    'certificate.approve': decision,
    'certificate.reject': { ...decision, reasonKey: 'other', note: '材料不清楚' },
    'certificate.requestMaterial': { ...decision, note: '请补充' },
    'certificate.revoke': { id: o.issuedCertificate, version: STALE, note: '信息有误' },
    'certificate.verify': { code: 'ABCD-EFGH-JKMN', verifier: '银行' },
    'sla.limits': {},
    'sla.setLimits': { limits: { ...DEFAULT_LIMITS, simple: 'nope' }, autoCloseDays: 7 },
    'sla.phrases': {},
    'sla.savePhrases': {
      key: 'urge',
      phrases: ['请尽快处理', '已超时，请今日内办结'],
      version: STALE,
    },
    'stats.dashboard': {
      period: { from: '2026-11-01', to: '2026-11-30' },
      scope: { kind: 'grid', id: 'g-xinhua-1' },
      unit: 'week',
    },
    'stats.export': { period: { from: '2026-11-01', to: '2026-11-02' }, scope: { kind: 'street' } },
    'stats.ranking': { quarter: '2026Q4' },
    'stats.streets': { period: { from: '2026-11-01', to: '2026-11-30' } },
    'stats.follows': {},
    'stats.follow': { category: 'safety', streetIds: ['haibei'] },
    'stats.unfollow': { category: 'safety' },
  }
}

/** Every path to a value inside `v` (objects and arrays), the root as []. */
function paths(v: unknown, at: string[] = [], out: string[][] = []): string[][] {
  out.push(at)
  if (v && typeof v === 'object' && at.length < 4)
    for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...at, k], out)
  return out
}

/** A copy of `v` with the value at `path` replaced (a new key where it had none). */
function setAt(v: unknown, path: string[], value: unknown): unknown {
  if (!path.length) return value
  const [k, ...rest] = path
  const base = v && typeof v === 'object' ? v : {}
  const entries = Object.entries(base).filter(([key]) => key !== k)
  const copy = objectOf([...entries, [k, setAt((base as Record<string, unknown>)[k], rest, value)]])
  return Array.isArray(base) ? Object.assign([...base], { [k]: copy[k] }) : copy
}

/**
 * The seed with each mutation applied: `pick` chooses a path (or, past the last one, a new key —
 * a prototype key every third time), and the hostile value goes there.
 */
export function mutate(seed: unknown, mutations: Array<[number, unknown]>): unknown {
  let v = seed
  for (const [pick, value] of mutations) {
    const all = paths(v).filter((p) => p.length > 0)
    const i = pick % (all.length + 2)
    const path =
      i < all.length ? all[i] : i === all.length ? [PROTO_KEYS[pick % PROTO_KEYS.length]] : ['x']
    v = setAt(v, path, value)
  }
  return v
}
