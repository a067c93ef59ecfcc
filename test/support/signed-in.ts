import { signIn, type GatewayUser } from './gateway'
import { sdkFor, type WxCloud } from './sdk'
import { startSystem, type System } from './system'

/** A test file's own system, the server SDK on it, and its signed-in users. */
export interface SignedIn {
  system: System
  cloud: WxCloud
  /** In the order of the openids asked for. */
  users: GatewayUser[]
}

/**
 * Starts a fresh system and signs in `openids` (demo people of the seed, or new ones). `first`
 * runs on the started system before anyone signs in: a file that sets the emulator clock does
 * it there, so the users' tokens are issued on that clock.
 */
export async function startSignedIn(
  openids: string[],
  first?: (system: System) => Promise<unknown>,
): Promise<SignedIn> {
  const system = await startSystem()
  await first?.(system)
  const users = await Promise.all(openids.map((o) => signIn(system, o)))
  return { system, cloud: sdkFor(system), users }
}
