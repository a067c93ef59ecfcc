import type { CatalogueSettings } from '@shared/contracts/certificate'
import type { WorkCalendar } from '@shared/time'
import type { CloudClient } from '@/services/cloud/types'
import type { ReferenceStore } from '@/stores/ReferenceStore'

/**
 * 办理设置: saves one certificate type's settings (and refreshes the shared catalogue), and reads
 * and saves the working-day calendar the time limits are counted in.
 */
export class CertSettingsStore {
  constructor(
    private readonly cloud: CloudClient,
    private readonly reference: ReferenceStore,
  ) {}

  get catalogue() {
    return this.reference.catalogue
  }

  async save(settings: CatalogueSettings): Promise<void> {
    await this.cloud.call('certificate.saveType', settings)
    void this.reference.catalogue.reload()
  }

  calendar(): Promise<WorkCalendar> {
    return this.cloud.call('certificate.calendar', {})
  }

  saveCalendar(c: WorkCalendar): Promise<WorkCalendar> {
    return this.cloud.call('certificate.saveCalendar', c)
  }
}
