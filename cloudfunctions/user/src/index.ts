import { initCloud } from '../../../src/server/cloud'
import { createRouter } from '../../../src/server/router'
import { recordGrants } from './recordGrants'
import { whoami } from './whoami'

/** The `user` cloud function: identity, profile, subscribe-message grants. */
export const main = createRouter(initCloud(), {
  'user.whoami': whoami,
  'user.recordGrants': recordGrants,
})
