import type { SlaSettings } from '@shared/contracts/sla'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'

/** 时限设置: the street's time limits as saved, and saving new ones. */
export class LimitsStore {
  readonly settings: Cached<SlaSettings>

  constructor(private readonly cloud: CloudClient) {
    this.settings = new Cached(() => cloud.call('sla.limits', {}))
  }

  /** Saves; the answer (as the server normalised it) becomes the saved settings. */
  async save(input: Pick<SlaSettings, 'limits' | 'autoCloseDays'>): Promise<SlaSettings> {
    const saved = await this.cloud.call('sla.setLimits', input)
    this.settings.set(saved)
    return saved
  }
}
