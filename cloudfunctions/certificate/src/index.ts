import { initCloud } from '@server/cloud'
import { createRouter } from '@server/router'
import { apply } from './apply'
import { calendar, catalogue, saveCalendar, saveType } from './catalogue'
import { approve, reject, requestMaterial, revoke } from './decide'
import { queue } from './queue'
import { get, listMine } from './read'
import { resubmit } from './resubmit'
import { verify } from './verify'
import { saveWording, wording } from './wording'

/** The `certificate` cloud function: 在线办事 — apply, review, issue, verify. */
export const main = createRouter(initCloud(), {
  'certificate.catalogue': catalogue,
  'certificate.saveType': saveType,
  'certificate.calendar': calendar,
  'certificate.saveCalendar': saveCalendar,
  'certificate.wording': wording,
  'certificate.saveWording': saveWording,
  'certificate.apply': apply,
  'certificate.resubmit': resubmit,
  'certificate.listMine': listMine,
  'certificate.get': get,
  'certificate.queue': queue,
  'certificate.approve': approve,
  'certificate.reject': reject,
  'certificate.requestMaterial': requestMaterial,
  'certificate.revoke': revoke,
  'certificate.verify': verify,
})
