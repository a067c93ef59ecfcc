import { initCloud } from '@server/cloud'
import { createRouter } from '@server/router'
import { bindAddress } from './bindAddress'
import { deleteAccount } from './deleteAccount'
import { fileUrls } from './fileUrls'
import { markRead, messages } from './messages'
import { bindPhone, profile, saveProfile, unbindPhone } from './profile'
import { grants, recordGrants } from './recordGrants'
import { redeemInvite } from './redeemInvite'
import { residentsAt } from './residentsAt'
import { whoami } from './whoami'

/** The `user` cloud function: identity, profile, subscribe-message grants. */
export const main = createRouter(initCloud(), {
  'user.whoami': whoami,
  'user.recordGrants': recordGrants,
  'user.grants': grants,
  'user.messages': messages,
  'user.markRead': markRead,
  'user.redeemInvite': redeemInvite,
  'user.bindAddress': bindAddress,
  'user.fileUrls': fileUrls,
  'user.profile': profile,
  'user.bindPhone': bindPhone,
  'user.unbindPhone': unbindPhone,
  'user.saveProfile': saveProfile,
  'user.deleteAccount': deleteAccount,
  'user.residentsAt': residentsAt,
})
