import type { PolicyObject } from '@shared/access-policy'
import type { ActionName } from '@shared/contracts'
import type { Objects } from './access-fixtures'

/**
 * A version no object has: an allowed caller gets past every access check and is then told
 * CONFLICT (someone else changed it), so trying a step changes nothing for the next cell.
 */
export const STALE = 999_999

type Payload = (id: string, o: Objects) => unknown
/** A desk login that does not exist (well-formed id and secret). */
export const NO_LOGIN = { id: '0'.repeat(24), secret: '0'.repeat(48) }
const none = () => ({})
const decision: Payload = (id) => ({ id, version: STALE })

/**
 * A payload per action that passes validation where ownership is decided after it (so the cell
 * tests the access decision) and changes nothing when allowed: a stale version, an id that does
 * not exist for the office's management actions, an empty form for creations.
 */
export const PAYLOADS: Record<ActionName, Payload> = {
  'user.whoami': none,
  'user.recordGrants': () => ({ answers: {} }),
  'user.grants': none,
  'user.bindAddress': none,
  'user.redeemInvite': () => ({ code: 'ZZZZZZZZ' }),
  'user.messages': none,
  'user.markRead': () => ({ ids: [] }),
  'user.fileUrls': () => ({ fileIDs: [] }),
  'user.profile': none,
  // Refused by WeChat (40029) or the validator once allowed: nothing changes.
  'user.bindPhone': () => ({ code: 'never-minted' }),
  'user.unbindPhone': none,
  'user.saveProfile': () => ({ name: 'x' }),
  'user.deleteAccount': none,
  // The owner's building: in the current worker's grid, not in another grid's.
  'user.residentsAt': () => ({ buildingId: 'b-xinhua-1-1' }),
  // A login nobody started: the office's answer is NOT_FOUND, a desk's too (bound by the secret).
  'auth.deskStart': () => ({ device: 'matrix' }),
  'auth.deskScan': () => ({ scene: NO_LOGIN.id }),
  'auth.confirmDesk': () => ({ id: NO_LOGIN.id, confirm: false }),
  'auth.deskPoll': () => NO_LOGIN,
  'auth.deskSession': () => NO_LOGIN,
  'auth.deskSignOut': () => NO_LOGIN,
  'grid.places': none,
  'grid.locate': () => ({ latitude: 39.674, longitude: 106.8034 }),
  'grid.handlers': none,
  'grid.mine': none,
  'grid.map': none,
  'grid.ledger': none,
  'grid.exportLedger': none,
  'grid.importTemplate': none,
  'grid.streets': none,
  // An empty form: refused by the validator once allowed, no street created.
  'grid.createStreet': () => ({ name: '', code: '' }),
  'grid.apiKeys': none,
  // An empty name: refused by the validator once allowed, no key issued.
  'grid.issueApiKey': () => ({ name: '' }),
  'grid.revokeApiKey': () => ({ id: 'k-nowhere' }),
  // Someone else's upload: refused after the access check, nothing imported.
  'grid.importStreet': () => ({ fileID: 'cloud://xb-test.bucket/uploads/nobody/20260101/x.xlsx' }),
  'grid.saveGrid': none,
  'grid.retireGrid': () => ({ id: 'g-nowhere' }),
  'grid.retireWorker': () => ({ id: 'g-nowhere' }),
  'grid.createInvite': () => ({ role: 'property_staff', companyId: 'pc-nowhere', name: '某某' }),
  'grid.myCard': none,
  'grid.saveCard': () => ({ phone: 'bad' }),
  'grid.staff': none,
  'grid.retireStaff': () => ({ openid: 'nobody' }),
  'grid.setStandIn': () => ({
    gridId: 'g-nowhere',
    openid: 'nobody',
    from: '2099-01-01',
    to: '2099-01-02',
  }),
  'grid.clearStandIn': () => ({ gridId: 'g-nowhere' }),
  'report.create': none,
  'report.nearby': () => ({
    target: 'grid',
    categoryKey: 'lighting',
    location: { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元' },
  }),
  'report.listMine': none,
  'report.get': (id) => ({ id }),
  'report.follow': (_id, o) => ({ id: o.followReport }),
  'report.transition': () => ({}),
  'report.search': none,
  'report.export': none,
  'report.inbox': none,
  'report.workCounts': none,
  'certificate.catalogue': none,
  'certificate.saveType': none,
  'certificate.calendar': none,
  'certificate.saveCalendar': none,
  'certificate.wording': none,
  'certificate.saveWording': none,
  'certificate.apply': () => ({ typeKey: 'residence', input: {} }),
  'certificate.resubmit': (id) => ({ id, version: STALE, input: {} }),
  'certificate.listMine': none,
  'certificate.get': (id) => ({ id }),
  'certificate.queue': none,
  'certificate.approve': decision,
  'certificate.reject': (id) => ({ id, version: STALE, reasonKey: 'other', note: '材料不清楚' }),
  'certificate.requestMaterial': (id) => ({ id, version: STALE, note: '请补充材料' }),
  'certificate.revoke': (id) => ({ id, version: STALE, note: '信息有误' }),
  'certificate.verify': (_id, o) => ({ code: o.verifyCode }),
  'sla.limits': none,
  'sla.setLimits': none,
  'sla.phrases': none,
  // A version the book never had: the office is told CONFLICT and nothing is saved.
  'sla.savePhrases': () => ({ key: 'urge', phrases: ['请尽快处理'], version: STALE }),
  'stats.dashboard': () => ({ period: { from: '2026-11-01', to: '2026-11-30' } }),
  'stats.export': () => ({ period: { from: '2026-11-01', to: '2026-11-01' } }),
  'stats.ranking': () => ({ quarter: '2026Q4' }),
  'stats.streets': () => ({ period: { from: '2026-11-01', to: '2026-11-30' } }),
  // The district's own follows: following and unfollowing the same category leaves it as it was.
  'stats.follows': none,
  'stats.follow': () => ({ category: 'safety' }),
  'stats.unfollow': () => ({ category: 'safety' }),
}

/** The extra fields of each transition step (valid input, so the access decision is reached). */
export function stepInput(step: string, o: Objects): Record<string, unknown> {
  const day = 86_400_000
  const inputs: Record<string, Record<string, unknown>> = {
    accept: {},
    note: { note: '已联系电工' },
    transfer: { reason: '不属本网格', to: { kind: 'grid', id: 'g-xinhua-2' } },
    return: { reason: '需街道协调' },
    escalate: { reason: '需要多部门' },
    resolve: { note: '已修好', photos: ['cloud://xb-test.bucket/uploads/x/after.jpg'] },
    confirm: { rating: 5, comment: '很好' },
    reopen: { reason: '灯又坏了' },
    reject: { reason: '不属于受理范围' },
    markDuplicate: { duplicateOf: o.propertyReport, note: '同一问题' },
    assignDepartment: { department: '供电所', deadline: Date.now() + 3 * day, note: '' },
    urge: { note: '请尽快' },
    dispatch: { to: { kind: 'grid', id: 'g-xinhua-2' }, note: '' },
    reclassify: { categoryKey: 'garbage', reason: '实为垃圾堆放' },
    callback: { outcome: 'satisfied', note: '电话回访' },
  }
  return inputs[step]
}

/** The object's id for a case ('' when the action acts on the caller's own things). */
export function idOf(on: PolicyObject, o: Objects): string {
  return on === 'none' ? '' : o[on]
}
