import type { HandlerOption, MyGrid } from '@shared/contracts/grid'
import type { ActionReq } from '@shared/contracts'
import type { Ledger } from '@shared/contracts/ledger'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'
import type { ReferenceStore } from '@/stores/ReferenceStore'

/**
 * 网格台账 and 网格管理: the ledger, the street's grids, invitations and grid changes. A change
 * reloads the ledger and the grids, and refreshes the shared places and handlers it altered.
 */
export class LedgerStore {
  readonly ledger: Cached<Ledger>

  constructor(
    private readonly cloud: CloudClient,
    readonly reference: ReferenceStore,
  ) {
    this.ledger = new Cached(() => cloud.call('grid.ledger', {}))
  }

  /** The .xlsx of the ledger: a URL to download. */
  async exportUrl(): Promise<string> {
    return (await this.cloud.call('grid.exportLedger', {})).url
  }

  /**
   * A one-time code for a new worker of `to` (or, with `null`, a member of the street office):
   * the code and until when it is valid. Replacing a grid's worker needs `confirm` (the server's
   * CONFLICT carries the question in `fields.confirm`).
   */
  invite(to: HandlerOption | null, name: string, confirm = false) {
    return this.cloud.call('grid.createInvite', {
      role: !to ? 'office' : to.kind === 'grid' ? 'grid_worker' : 'property_staff',
      ...(!to ? {} : to.kind === 'grid' ? { gridId: to.id } : { companyId: to.id }),
      name,
      confirm,
    })
  }

  /** A grid's details for editing (party branch, helpers). */
  gridDetail(id: string): Promise<MyGrid> {
    return this.cloud.call('grid.mine', { gridId: id })
  }

  saveGrid(edit: ActionReq<'grid.saveGrid'>): Promise<void> {
    return this.changed(this.cloud.call('grid.saveGrid', edit))
  }

  retireWorker(gridId: string): Promise<void> {
    return this.changed(this.cloud.call('grid.retireWorker', { id: gridId }))
  }

  retireGrid(gridId: string): Promise<void> {
    return this.changed(this.cloud.call('grid.retireGrid', { id: gridId }))
  }

  /** 设置代岗: replaces any earlier stand-in of the grid (validated by StandInStore first). */
  setStandIn(req: ActionReq<'grid.setStandIn'>): Promise<void> {
    return this.changed(this.cloud.call('grid.setStandIn', req))
  }

  /** 结束代岗: the worker is back early; the stand-in's access ends now. */
  clearStandIn(gridId: string): Promise<void> {
    return this.changed(this.cloud.call('grid.clearStandIn', { gridId }))
  }

  private async changed(done: Promise<unknown>): Promise<void> {
    await done
    void this.ledger.reload()
    void this.reference.gridMap.reload()
    void this.reference.places.reload()
    void this.reference.handlers.reload()
  }
}
