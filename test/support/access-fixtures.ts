import type { CallerKind, PolicyObject } from '@shared/access-policy'
import {
  forgedToken,
  gatewayCaller,
  platformCaller,
  userCaller,
  type Caller,
  type Outcome,
} from './callers'
import { anonToken } from './http-api'
import { signIn, TINY_JPEG, type GatewayUser } from './gateway'
import { validIdNumber } from './id-numbers'
import type { System } from './system'

/** The ids of the objects the matrix acts on (see PolicyObject), plus what their steps need. */
export type Objects = Record<Exclude<PolicyObject, 'none'>, string> & {
  /** A separate open report for 也遇到了, so following it changes no other cell's object. */
  followReport: string
  verifyCode: string
}

const HOME = { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' }
const OFFICE_HOME = {
  communityId: 'c-xinhua',
  buildingId: 'b-xinhua-1-2',
  unit: '1单元',
  room: '101',
}
let seq = 0

async function must<T>(u: GatewayUser, action: string, payload: unknown): Promise<T> {
  const r = await u.call<T>(action, payload)
  if (!r.ok) throw new Error(`${u.openid} ${action}: ${JSON.stringify(r.error)}`)
  return r.data
}

const photo = (u: GatewayUser) => u.upload(`uploads/${u.openid}/20261123/m${++seq}.jpg`, TINY_JPEG)

async function report(u: GatewayUser, target: 'grid' | 'property'): Promise<string> {
  const r = await must<{ report: { id: string } }>(u, 'report.create', {
    target,
    categoryKey: target === 'grid' ? 'lighting' : 'elevator',
    description: '楼道灯不亮，晚上看不见台阶',
    photos: [await photo(u)],
    location: { kind: 'address', buildingId: HOME.buildingId, unit: HOME.unit },
    urgency: 'normal',
    requestId: `matrix-${++seq}-${Date.now()}`,
    // The no-callback rule: a caller without a verified phone says 不需要回电.
    noCallback: true,
  })
  return r.report.id
}

async function step(u: GatewayUser, id: string, action: string, extra: object = {}) {
  const { version } = await must<{ version: number }>(u, 'report.get', { id })
  await must(u, 'report.transition', { id, version, action, ...extra })
}

async function apply(
  u: GatewayUser,
  address: typeof HOME,
  name: string,
  onBehalf?: { kind: 'account'; openid: string },
): Promise<string> {
  const r = await must<{ application: { id: string } }>(u, 'certificate.apply', {
    typeKey: 'residence',
    ...(onBehalf ? { onBehalf } : {}),
    input: {
      name,
      idNumber: validIdNumber(String(100 + (++seq % 900))),
      phone: '13904731234',
      address,
      purpose: 'school',
      attachments: [
        { kind: 'idCard', fileID: await photo(u) },
        { kind: 'housing', fileID: await photo(u) },
      ],
      requestId: `matrix-cert-${++seq}-${Date.now()}`,
    },
  })
  return r.application.id
}

async function decide(office: GatewayUser, id: string, action: string, extra: object = {}) {
  const { version } = await must<{ version: number }>(office, 'certificate.get', { id })
  return must<{ application: { certificate?: { code: string } } }>(office, action, {
    id,
    version,
    ...extra,
  })
}

/**
 * The people and objects of the matrix, made the way they happen: the owner files reports in the
 * grid of 张海燕 (demo-grid-1), who handles some of them and is then retired by the office; a new
 * worker takes the grid by invitation and files a report in it themselves.
 */
export async function setUpWorld(system: System) {
  const names = {
    owner: 'demo-resident-1',
    otherResident: 'demo-resident-2',
    follower: 'matrix-follower',
    gridWorker: 'matrix-grid-new',
    otherGridWorker: 'demo-grid-2',
    retiredGridWorker: 'demo-grid-1',
    propertyStaff: 'demo-property-1',
    otherPropertyStaff: 'demo-property-2',
    office: 'demo-office-1',
    // The demo's second street and the district (emulator/seed/fenghuang.ts, seed/index.ts).
    otherStreetOffice: 'demo-fh-office-1',
    district: 'demo-district-1',
  }
  const u = Object.fromEntries(
    await Promise.all(Object.entries(names).map(async ([k, o]) => [k, await signIn(system, o)])),
  ) as Record<keyof typeof names, GatewayUser>
  const { owner, follower, office } = u
  const oldWorker = u.retiredGridWorker

  const [gridReport, propertyReport, acceptedReport, resolvedReport, escalatedReport] =
    await Promise.all([
      report(owner, 'grid'),
      report(owner, 'property'),
      report(owner, 'grid'),
      report(owner, 'grid'),
      report(owner, 'grid'),
    ])
  const followReport = await report(owner, 'grid')
  for (const id of [gridReport, propertyReport, acceptedReport, resolvedReport, escalatedReport])
    await must(follower, 'report.follow', { id })
  await step(oldWorker, acceptedReport, 'accept')
  await step(oldWorker, resolvedReport, 'accept')
  await step(oldWorker, resolvedReport, 'resolve', {
    note: '已更换灯泡',
    photos: [await photo(oldWorker)],
  })
  await step(oldWorker, escalatedReport, 'escalate', { reason: '需要供电部门处理' })

  // 张海燕 retires; a new worker takes 新华社区第一网格 by invitation.
  await must(office, 'grid.retireWorker', { id: 'g-xinhua-1' })
  const invite = await must<{ code: string }>(office, 'grid.createInvite', {
    role: 'grid_worker',
    gridId: 'g-xinhua-1',
    name: '新网格员',
  })
  await must(u.gridWorker, 'user.redeemInvite', { code: invite.code })
  const workerOwnReport = await report(u.gridWorker, 'grid')

  const [application, applicationNeedingMaterial, issued] = await Promise.all([
    apply(owner, HOME, '王秀兰'),
    apply(owner, HOME, '王秀兰'),
    apply(owner, HOME, '王秀兰'),
  ])
  await decide(office, applicationNeedingMaterial, 'certificate.requestMaterial', {
    note: '请补充有效期内的租房合同',
  })
  const approved = await decide(office, issued, 'certificate.approve')
  await must(office, 'user.bindAddress', OFFICE_HOME)
  const officeOwnApplication = await apply(office, OFFICE_HOME, '陈主任')
  // 代办: the grid's new worker applies for the owner, who lives in their grid.
  const proxiedApplication = await apply(u.gridWorker, HOME, '王秀兰', {
    kind: 'account',
    openid: owner.openid,
  })

  const objects: Objects = {
    gridReport,
    propertyReport,
    acceptedReport,
    resolvedReport,
    escalatedReport,
    workerOwnReport,
    followReport,
    application,
    applicationNeedingMaterial,
    issuedCertificate: issued,
    officeOwnApplication,
    proxiedApplication,
    verifyCode: approved.application.certificate!.code,
  }
  const callers = {
    // A visitor of the public pages: signed in anonymously, as the H5 client does.
    anonymous: gatewayCaller(system, 'anonymous', await anonToken(system)),
    forgedToken: gatewayCaller(system, 'forgedToken', forgedToken()),
    timer: platformCaller(system),
    ...Object.fromEntries(
      await Promise.all(
        Object.entries(names).map(async ([k, o]) => [k, await userCaller(system, k, o)]),
      ),
    ),
  } as Record<CallerKind, Caller>
  return { objects, callers }
}

export type { Caller, Outcome }
