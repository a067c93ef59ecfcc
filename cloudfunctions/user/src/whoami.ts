import { COLL, findById, type Database } from '@server/db'
import { getBuilding } from '@server/places'
import type { Action } from '@server/router'
import { callerStreet } from '@server/street-scope'
import type { BoundAddress } from '@shared/contracts/user'

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
  const community = await findById<{ name?: string }>(db, COLL.communities, building.communityId)
  return {
    communityId: building.communityId,
    communityName: community?.name ?? '',
    buildingId: building._id,
    buildingName: building.name,
    unit: a.unit,
    room: a.room,
  }
}

/** `user.whoami`: the caller's OPENID and role, as the server decides them, and their home. */
export const whoami: Action<'user.whoami'> = {
  roles: 'anyone',
  async handle(ctx) {
    const { openid, role, user, db } = ctx
    const stored = user?.address
    return {
      openid,
      role,
      name: user?.name ?? '',
      registered: user !== null,
      address: await describeAddress(db, stored),
      streetName: (await callerStreet(ctx))?.name ?? '',
    }
  },
}
