import { initCloud } from '@server/cloud'
import { handleOpen311, type HttpEvent } from '@server/open311/handler'
import { platformClock } from '@server/router'

const cloud = initCloud()

/**
 * The `open311` cloud function: Open311 GeoReport v2 for outside systems (a 12345 centre,
 * 数字城管), reached through CloudBase's HTTP access service (cloudbase/http-access.json), not
 * through wx.cloud: it takes the integration event and answers {statusCode, headers, body}.
 */
export const main = (event: HttpEvent) =>
  handleOpen311({ cloud, db: cloud.database(), now: platformClock }, event)
