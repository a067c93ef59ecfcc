import type { ActionDef } from '../../../src/server/router'
import { notify } from '../../../src/server/notify'
import { slaSettings } from '../../../src/server/settings'
import { REPORTS, reportNo, type StoredReport } from '../../../src/server/reports/model'
import { findHandler, resolvePlace } from '../../../src/server/reports/routing'
import { toSummary } from '../../../src/server/reports/view'
import type { ReportActions } from '../../../src/shared/contracts/report'
import { AppError } from '../../../src/shared/errors'
import { newId } from '../../../src/shared/ids'
import {
  categoryOf,
  deadlinesFor,
  validateReportInput,
  type ReportInput,
} from '../../../src/shared/reports'
import { thing, wxTime } from '../../../src/shared/subscribe'
import { isOwnUpload } from '../../../src/shared/uploads'
import { filesExist } from '../../../src/server/files'
import { findByRequest } from './lookups'
import { pageUrl } from '../../../src/shared/routes'

type Def = ActionDef<ReportInput, ReportActions['report.create']['res']>

/**
 * `report.create`: validate (the app's own validator), refuse photos that are not the caller's
 * uploads, route to the handler, set the deadlines, store the report with its first event, and
 * tell the handler. The client's requestId makes a retry return the first report.
 */
export const create: Def = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate: validateReportInput,
  async handle(ctx, input) {
    const { db, openid, user, now } = ctx
    const earlier = await findByRequest(db, openid, input.requestId)
    if (earlier) return { report: toSummary(earlier, ctx), duplicate: true }
    if (!input.photos.every((id) => isOwnUpload(id, openid))) {
      throw new AppError('INVALID_INPUT', '照片须由本人上传', {
        photos: '照片须由本人上传，请重新添加',
      })
    }
    if (!(await filesExist(ctx.cloud, input.photos))) {
      throw new AppError('INVALID_INPUT', '有照片未上传成功', {
        photos: '有照片未上传成功，请重试或删除后再提交',
      })
    }
    const place = await resolvePlace(db, input.location)
    const handler = await findHandler(db, input.target, place)
    const at = now()
    const category = categoryOf(input.categoryKey)
    const { limits } = await slaSettings(db)
    const deadlines = deadlinesFor(input.categoryKey, input.urgency, at.getTime(), limits)
    const id = newId('r')
    const doc: StoredReport = {
      _id: id,
      no: reportNo(id, at),
      requestKey: `${openid}:${input.requestId}`,
      requestId: input.requestId,
      reporterOpenid: openid,
      reporter: { name: user?.name ?? '', phone: (user as { phone?: string } | null)?.phone ?? '' },
      target: input.target,
      categoryKey: input.categoryKey,
      taxonomyCode: category.taxonomyCode,
      description: input.description,
      photos: input.photos,
      location: input.location,
      place: {
        label: place.label,
        buildingId: place.building?._id ?? null,
        gridId: place.grid._id,
        communityId: place.grid.communityId,
        point: place.point,
      },
      urgency: input.urgency,
      state: 'submitted',
      version: 1,
      handler,
      deadlines: {
        acceptBy: new Date(deadlines.acceptBy),
        resolveBy: new Date(deadlines.resolveBy),
      },
      followers: [],
      events: [
        { at, action: 'create', byOpenid: openid, byRole: ctx.role, byName: user?.name ?? '' },
      ],
      clockStart: at,
      createdAt: at,
      updatedAt: at,
    }
    try {
      await db.collection(REPORTS).add({ data: doc })
    } catch (err) {
      // Two taps raced past the lookup: the unique requestKey let exactly one in.
      const first = await findByRequest(db, openid, input.requestId)
      if (first) return { report: toSummary(first, ctx), duplicate: true }
      throw err
    }
    await notify(
      ctx,
      handler.staffOpenids.map((to) => ({
        toOpenid: to,
        kind: 'task',
        title: `新${input.urgency === 'urgent' ? '紧急' : ''}报事：${category.label}`,
        body: `${place.label}：${input.description.slice(0, 60)}`,
        page: pageUrl('task', { id }),
        refId: id,
        push: {
          template: 'newTask' as const,
          data: {
            thing1: thing(`${category.label}：${input.description}`),
            thing2: thing(place.label),
            time3: wxTime(new Date(deadlines.acceptBy)),
          },
        },
      })),
    )
    return { report: toSummary(doc, ctx), duplicate: false }
  },
}
