import type { ActionName } from '@shared/contracts'
import { AppError } from '@shared/errors'
import type { CloudClient, DemoIdentity } from '@/services/cloud/types'

type Handler = (payload: unknown) => unknown

/**
 * A CloudClient double for unit and ui tests: answers each action from a handler the test sets,
 * records every call, and can offer a local sign-in like the emulator's.
 */
export class FakeCloud implements CloudClient {
  readonly platform = 'h5' as const
  readonly calls: { action: string; payload: unknown }[] = []
  private handlers = new Map<string, Handler>()
  localAuth?: CloudClient['localAuth']
  webAuth?: CloudClient['webAuth']

  on(action: ActionName, handler: Handler): this {
    this.handlers.set(action, handler)
    return this
  }

  withLocalAuth(identities: DemoIdentity[], signedIn = false): this {
    let current = signedIn
    this.localAuth = {
      listIdentities: async () => identities,
      signIn: async () => void (current = true),
      signOut: () => void (current = false),
      isSignedIn: () => current,
    }
    return this
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async call(action: any, payload: any): Promise<any> {
    this.calls.push({ action, payload })
    const h = this.handlers.get(action)
    if (!h) throw new AppError('UNKNOWN_ACTION', `fake: no handler for ${action}`)
    return h(payload)
  }

  uploadFile: CloudClient['uploadFile'] = async (_file, cloudPath) =>
    `cloud://test.bucket/${cloudPath}`

  grantAnswers: Record<string, 'accept' | 'reject'> = {}
  requestGrants: CloudClient['requestGrants'] = async (ids) =>
    Object.fromEntries(ids.map((id) => [id, this.grantAnswers[id] ?? 'reject']))

  async getFileUrls(ids: string[]): Promise<Record<string, string>> {
    return Object.fromEntries(ids.map((id) => [id, `http://files.test/${id}`]))
  }
}
