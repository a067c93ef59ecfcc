import type { ConsentPurpose } from '../consent'
import type { AddressBinding } from '../grid/model'
import type { Role } from '../roles'
import type { GrantAnswers, TemplateKey } from '../subscribe'

/** A home address the resident bound, with the names the app shows. */
export interface BoundAddress {
  communityId: string
  communityName: string
  buildingId: string
  buildingName: string
  unit: string
  room: string
}

/** `user.whoami`: the caller as the server sees them. */
export interface WhoAmIResult {
  openid: string
  role: Role
  /** Display name; empty until the user has set one or been registered by the street office. */
  name: string
  /** False for a WeChat user the system has never seen before. */
  registered: boolean
  /** The resident's bound home, if any: it decides their grid worker and property company. */
  address: BoundAddress | null
  /** The name of the caller's street (海北街道), from its settings; '' for none or the district. */
  streetName: string
}

export interface UserActions {
  'user.whoami': { req: Record<string, never>; res: WhoAmIResult }
  /** Records the answers to wx.requestSubscribeMessage; each accept allows one push. */
  'user.recordGrants': { req: { answers: GrantAnswers }; res: { granted: string[] } }
  /**
   * The caller's banked subscribe-message grants per template: how many reminders remain, and
   * whether the inbox should ask for more now (few left).
   */
  'user.grants': {
    req: Record<string, never>
    res: {
      grants: Array<{
        template: TemplateKey
        templateId: string
        remaining: number
        askAgain: boolean
      }>
    }
  }
  /** Binds (or changes) the caller's home; it decides their grid worker and property company. */
  'user.bindAddress': { req: AddressBinding; res: { address: BoundAddress } }
  /** Takes the staff role an invitation code from the street office grants (single use, 7 days). */
  'user.redeemInvite': {
    req: { code: string }
    res: { role: Role; name: string; gridId?: string; companyId?: string }
  }
  /**
   * Short-lived URLs for the attached files the caller may read (the photos of a report they may
   * open; the attachments of their own application, or any for the street office).
   * Files they may not read are simply absent from `urls`.
   */
  'user.fileUrls': { req: { fileIDs: string[] }; res: { urls: Record<string, string> } }
  /** 个人信息: the caller's own name, verified phone and what they consented to. */
  'user.profile': { req: Record<string, never>; res: MyProfile }
  /** 代办 (grid worker, office): the residents bound at an address, to file for one of them. */
  'user.residentsAt': {
    req: { buildingId: string; unit?: string; room?: string }
    res: { items: ResidentAtAddress[] }
  }
  /**
   * The caller's verified mobile: `code` from `<Button openType="getPhoneNumber">`, exchanged
   * through WeChat (phonenumber.getPhoneNumber). Records the consent (purpose, policy, time).
   */
  'user.bindPhone': { req: { code: string }; res: MyProfile }
  /** Removes the phone and withdraws its consent. */
  'user.unbindPhone': { req: Record<string, never>; res: MyProfile }
  /** The caller's name (the shared person-name check); records the consent. */
  'user.saveProfile': { req: { name: string }; res: MyProfile }
  /**
   * 注销账号: the caller's personal data leaves the user row; their reports and certificates stay,
   * detached (KEPT_AFTER_DELETE in src/shared/consent.ts). Staff must first leave their post.
   */
  'user.deleteAccount': { req: { confirm: true }; res: { deleted: true } }
}

/** `user.profile`: what the 个人信息 page shows. */
export interface MyProfile {
  name: string
  phone: string
  consents: Array<{ purpose: ConsentPurpose; policyVersion: string; at: string }>
}

/** A resident found by address for 代办: the phone masked (staff confirm whom they speak to). */
export interface ResidentAtAddress {
  openid: string
  name: string
  phone: string
  address: string
}
