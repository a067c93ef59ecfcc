import type { CatalogueEntry } from '@shared/contracts/certificate'
import type { Cached } from '@/stores/Cached'
import { ApplicationFormStore, type ApplicationFormDeps } from './ApplicationFormStore'

/**
 * The form for a new application of `typeKey`, or for correcting application `id` (its type
 * then comes from the application). The catalogue is the app's cached one.
 */
export async function openApplicationForm(
  deps: Omit<ApplicationFormDeps, 'existing'>,
  catalogue: Cached<CatalogueEntry[]>,
  { id, typeKey }: { id?: string; typeKey?: string },
): Promise<ApplicationFormStore> {
  const existing = id ? await deps.cloud.call('certificate.get', { id }) : undefined
  const types = await catalogue.load()
  const type = types.find((t) => t.key === (existing?.typeKey ?? typeKey))
  if (!type) throw new Error('没有这种证明')
  return new ApplicationFormStore(type, { ...deps, existing })
}
