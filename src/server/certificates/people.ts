import { APPLICATION_STATE_LABEL, CERTIFICATE_TYPES } from '../../shared/certificates'
import type { AddressBinding } from '../../shared/grid/model'
import { phrase, thing, wxTime } from '../../shared/subscribe'
import type { ActionContext } from '../context'
import { COLL, findById, type Database } from '../db'
import { notify } from '../notify'
import { officeAudience } from '../office-audience'
import { getBuilding } from '../places'
import type { StoredApplication } from './model'
import { pageUrl } from '../../shared/routes'

/**
 * The applicant's home: `full` 新华社区 新华小区1号楼 2单元 301, and `area` 新华社区 新华小区1号楼 —
 * what someone not entitled to the room sees (src/shared/privacy.ts).
 */
export async function addressLabel(
  db: Database,
  a: AddressBinding,
): Promise<{ full: string; area: string }> {
  const b = await getBuilding(db, a.buildingId)
  const community =
    (await findById<{ name?: string }>(db, COLL.communities, a.communityId))?.name ?? ''
  const area = [community, b?.name ?? ''].filter(Boolean).join(' ')
  return { full: [area, a.unit, a.room].filter(Boolean).join(' '), area }
}

export async function tellReviewers(ctx: ActionContext, a: StoredApplication, title: string) {
  const type = CERTIFICATE_TYPES[a.typeKey]
  // The reviewer who asked for the correction hears of it; a new application waits in the queue
  // and the morning digest's 待审核 count (office-audience.ts).
  const to = await officeAudience(ctx.db, a.events, false, a.streetId)
  await notify(
    ctx,
    to.map((toOpenid) => ({
      toOpenid,
      kind: 'certificate',
      title: `${title}：${type.name}`,
      body: `${a.no} · ${a.form.name}`,
      page: pageUrl('review', { id: a._id }),
      refId: a._id,
    })),
  )
}

/** Tells the applicant what just happened: in-app always, a subscribe message when granted. */
export async function tellApplicant(ctx: ActionContext, a: StoredApplication, note: string) {
  const type = CERTIFICATE_TYPES[a.typeKey]
  const label = APPLICATION_STATE_LABEL[a.state]
  // 代办 for someone without the mini-program: whoever applied for them is reminded to phone.
  if (!a.applicantOpenid) {
    if (a.proxy)
      await notify(ctx, [
        {
          toOpenid: a.proxy.openid,
          kind: 'certificate',
          title: `请致电居民告知：${type.name}${label}`,
          body: `代办的申请 ${a.no} ${label}${note ? `\n${note}` : ''}`,
          // Only the office reads an application besides its applicant (load.ts).
          page: a.proxy.role === 'office' ? pageUrl('review', { id: a._id }) : pageUrl('inbox'),
          refId: a._id,
        },
      ])
    return
  }
  await notify(ctx, [
    {
      toOpenid: a.applicantOpenid,
      kind: 'certificate',
      title: `${type.name}：${label}`,
      body: note || `您的申请 ${a.no} ${label}`,
      page: pageUrl('application', { id: a._id }),
      refId: a._id,
      push: {
        template: 'certResult',
        data: {
          thing1: thing(type.name),
          phrase2: phrase(label),
          time3: wxTime(ctx.now()),
          thing4: thing(note || `申请编号 ${a.no}`),
        },
      },
    },
  ])
}
