import type { CertificateWording } from '@shared/certificates'
import type { CatalogueSettings, WordingView } from '@shared/contracts/certificate'
import type { WorkCalendar } from '@shared/time'
import type { CloudClient } from '@/services/cloud/types'
import type { ReferenceStore } from '@/stores/ReferenceStore'

/**
 * 办理设置: saves one certificate type's settings (and refreshes the shared catalogue), reads
 * and saves the working-day calendar the time limits are counted in, and the street's wording of
 * its certificates (出具单位 and the text of each type).
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

  wording(): Promise<WordingView> {
    return this.cloud.call('certificate.wording', {})
  }

  saveWording(w: CertificateWording): Promise<WordingView> {
    return this.cloud.call('certificate.saveWording', w)
  }
}
