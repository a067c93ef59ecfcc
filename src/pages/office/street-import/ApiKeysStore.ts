import type { ApiKeyView } from '@shared/contracts/street-import'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'

/** 对外接口密钥: the street's Open311 keys, issuing one (its secret shown once) and revoking. */
export class ApiKeysStore {
  readonly keys: Cached<ApiKeyView[]>

  constructor(private readonly cloud: CloudClient) {
    this.keys = new Cached(async () => (await cloud.call('grid.apiKeys', {})).keys)
  }

  async issue(name: string): Promise<string> {
    const { key } = await this.cloud.call('grid.issueApiKey', { name })
    void this.keys.refresh()
    return key
  }

  async revoke(id: string): Promise<void> {
    await this.cloud.call('grid.revokeApiKey', { id })
    void this.keys.refresh()
  }
}
