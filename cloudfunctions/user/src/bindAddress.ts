import { COLL } from '@server/db'
import { getBuilding } from '@server/places'
import type { Action } from '@server/router'
import type { BoundAddress } from '@shared/contracts/user'
import { AppError } from '@shared/errors'
import {
  bindingMismatch,
  validateBinding,
  type AddressBinding,
  type Building,
} from '@shared/grid/model'
import { describeAddress } from './whoami'

/**
 * `user.bindAddress`: the resident's home (社区 → 楼栋 → 单元 → 房号), checked with the app's own
 * validator and against the stored building. A first-time WeChat user gets their row here, as a
 * resident; a staff member keeps their role (they may live in the street too).
 */
export const bindAddress: Action<'user.bindAddress', AddressBinding> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate: validateBinding,
  async handle({ db, openid, user, now }, a) {
    const building = (await getBuilding(db, a.buildingId)) as unknown as Building | null
    if (!building)
      throw new AppError('INVALID_INPUT', '所选楼栋不存在，请重新选择', {
        buildingId: '所选楼栋不存在',
      })
    const wrong = bindingMismatch(a, building)
    if (wrong) throw new AppError('INVALID_INPUT', wrong, { unit: wrong })
    const at = now()
    if (user) {
      await db
        .collection(COLL.users)
        .doc(openid)
        .update({ data: { address: a, updatedAt: at } })
    } else {
      await db.collection(COLL.users).add({
        data: { _id: openid, role: 'resident', name: '', address: a, createdAt: at, updatedAt: at },
      })
    }
    return { address: (await describeAddress(db, a)) as BoundAddress }
  },
}
