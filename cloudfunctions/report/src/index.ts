import { initCloud } from '@server/cloud'
import { createRouter } from '@server/router'
import { create } from './create'
import { follow, nearby } from './follow'
import { inbox } from './inbox'
import { get, listMine } from './read'
import { search } from './search'
import { transition } from './transition'
import { workCounts } from './work-counts'

/** The `report` cloud function: 一键报事 and the handling of reports. */
export const main = createRouter(initCloud(), {
  'report.create': create,
  'report.nearby': nearby,
  'report.listMine': listMine,
  'report.get': get,
  'report.follow': follow,
  'report.inbox': inbox,
  'report.transition': transition,
  'report.search': search,
  'report.workCounts': workCounts,
})
