import { initCloud } from '@server/cloud'
import { createRouter } from '@server/router'
import { deskPoll, deskSession, deskSignOut } from './desk'
import { confirmDesk, deskScan } from './phone'
import { deskStart } from './start'

/** The `auth` cloud function: 扫码登录街道工作台 (the desk's code, the phone's answer, the ticket). */
export const main = createRouter(initCloud(), {
  'auth.deskStart': deskStart,
  'auth.deskScan': deskScan,
  'auth.confirmDesk': confirmDesk,
  'auth.deskPoll': deskPoll,
  'auth.deskSession': deskSession,
  'auth.deskSignOut': deskSignOut,
})
