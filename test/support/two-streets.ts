import type { ApplicationSummary } from '@shared/contracts/certificate'
import { TINY_JPEG, type GatewayUser } from './gateway'
import { validIdNumber } from './id-numbers'

/** The two demo streets' residents (海北 王秀兰, 凤凰岭 郭红) and their homes, for street tests. */
export const HOMES = {
  'demo-resident-1': {
    name: '王秀兰',
    address: { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' },
  },
  'demo-fh-resident-1': {
    name: '郭红',
    address: { communityId: 'c-fh-yuan', buildingId: 'b-fh-yuan-1', unit: '1单元', room: '201' },
  },
} as const

/** The answer's data, or the test fails with the error. */
export async function ok<T>(u: GatewayUser, action: string, payload: object): Promise<T> {
  const r = await u.call<T>(action, payload)
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
  return r.data
}

let seq = 0
/** A 居住证明 application of a demo resident at their home, with its two attachments. */
export async function applyResidence(u: GatewayUser): Promise<ApplicationSummary> {
  const n = ++seq
  const home = HOMES[u.openid as keyof typeof HOMES]
  const file = (k: string) => u.upload(`uploads/${u.openid}/20261201/${k}-${n}.jpg`, TINY_JPEG)
  const input = {
    name: home.name,
    idNumber: validIdNumber(),
    phone: '13904731234',
    address: home.address,
    purpose: 'school',
    attachments: [
      { kind: 'idCard', fileID: await file('id') },
      { kind: 'housing', fileID: await file('house') },
    ],
    requestId: `settings-${n}-${Date.now()}`,
  }
  return (
    await ok<{ application: ApplicationSummary }>(u, 'certificate.apply', {
      typeKey: 'residence',
      input,
    })
  ).application
}
