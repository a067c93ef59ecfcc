import { initCloud } from '../../../src/server/cloud'
import { createRouter } from '../../../src/server/router'
import { whoami } from './whoami'

/** The `user` cloud function: identity and profile. */
export const main = createRouter(initCloud(), {
  'user.whoami': whoami,
})
