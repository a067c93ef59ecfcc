import cloud from 'wx-server-sdk'
import type { Cloud } from './context'

/**
 * wx-server-sdk initialised for the environment the function runs in. On CloudBase that is the
 * deployed env; locally the emulator sets the endpoint through the same environment variables.
 */
export function initCloud(): Cloud {
  // The SDK types DYNAMIC_CURRENT_ENV as a symbol but its init accepts it; the cast says so.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  return cloud
}
