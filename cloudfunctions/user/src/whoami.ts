import type { ActionDef } from '../../../src/server/router'
import { getBuilding } from '../../../src/server/places'
import type { Database } from '../../../src/server/context'
import type { BoundAddress, WhoAmIResult } from '../../../src/shared/contracts/user'

interface StoredAddress {
  communityId: string
  buildingId: string
  unit: string
  room: string
}

/** The stored binding with its names; null when the building has gone (re-bind needed). */
export async function describeAddress(
  db: Database,
  a: StoredAddress | undefined,
): Promise<BoundAddress | null> {
  if (!a?.buildingId) return null
  const building = await getBuilding(db, a.buildingId)
  if (!building) return null
  const { data } = await db
    .collection('communities')
    .where({ _id: building.communityId })
    .limit(1)
    .get()
  return {
    communityId: building.communityId,
    communityName: (data[0] as { name?: string } | undefined)?.name ?? '',
    buildingId: building._id,
    buildingName: building.name,
    unit: a.unit,
    room: a.room,
  }
}

/** `user.whoami`: the caller's OPENID and role, as the server decides them, and their home. */
export const whoami: ActionDef<Record<string, never>, WhoAmIResult> = {
  roles: 'anyone',
  async handle({ openid, role, user, db }) {
    const stored = (user as { address?: StoredAddress } | null)?.address
    return {
      openid,
      role,
      name: user?.name ?? '',
      registered: user !== null,
      address: await describeAddress(db, stored),
    }
  },
}
