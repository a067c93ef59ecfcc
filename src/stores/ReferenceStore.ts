import type { CatalogueEntry } from '@shared/contracts/certificate'
import type { GridMap, HandlerOption, PlaceCommunity } from '@shared/contracts/grid'
import type { PhraseBook } from '@shared/phrases'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from './Cached'

/**
 * The street's reference data that several pages show (buildings, the grids and property
 * companies a report can go to, the grid map, the certificate catalogue): fetched once per
 * identity and shared.
 * The pages that change them (网格管理, 办理设置, 常用语) invalidate what they changed.
 */
export class ReferenceStore {
  readonly places: Cached<PlaceCommunity[]>
  readonly handlers: Cached<HandlerOption[]>
  readonly catalogue: Cached<CatalogueEntry[]>
  readonly gridMap: Cached<GridMap>
  /** 常用语: the lists of the actions this person writes text for (staff only). */
  readonly phrases: Cached<PhraseBook>

  constructor(cloud: CloudClient) {
    this.places = new Cached(() => cloud.call('grid.places', {}).then((r) => r.communities))
    this.handlers = new Cached(() => cloud.call('grid.handlers', {}).then((r) => r.handlers))
    this.catalogue = new Cached(() => cloud.call('certificate.catalogue', {}).then((r) => r.types))
    this.gridMap = new Cached(() => cloud.call('grid.map', {}))
    this.phrases = new Cached(() => cloud.call('sla.phrases', {}))
  }

  /** Another identity may see other data (staff-only lists): forget everything kept. */
  clear(): void {
    this.places.clear()
    this.handlers.clear()
    this.catalogue.clear()
    this.gridMap.clear()
    this.phrases.clear()
  }
}
