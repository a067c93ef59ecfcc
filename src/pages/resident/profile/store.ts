import type { MyProfile } from '@shared/contracts/user'
import type { CloudClient } from '@/services/cloud/types'

/** 个人信息's calls: each answers the profile as it now stands. */
export class ProfileStore {
  constructor(private readonly cloud: CloudClient) {}
  load = (): Promise<MyProfile> => this.cloud.call('user.profile', {})
  saveName = (name: string) => this.cloud.call('user.saveProfile', { name })
  /** `code` from the phone-number button: the server exchanges it with WeChat. */
  bindPhone = (code: string) => this.cloud.call('user.bindPhone', { code })
  unbindPhone = () => this.cloud.call('user.unbindPhone', {})
  deleteAccount = () => this.cloud.call('user.deleteAccount', { confirm: true })
}
