import { makeAutoObservable, runInAction } from 'mobx'
import type { StandInView } from '@shared/contracts/grid'
import type { WorkerLedgerRow } from '@shared/contracts/ledger'
import { validateStandIn } from '@shared/grid/stand-in'
import { beijingDay } from '@shared/time'
import { fieldRefusal, submitForm } from '@/stores/field-refusal'
import type { LedgerStore } from './LedgerStore'

type Field = 'openid' | 'from' | 'to'

/**
 * 设置代岗 for one grid at a time: who stands in (another grid's worker, from the ledger's
 * workers) and Beijing days from–to. The rule is checked here with the server's own function
 * (validateStandIn: real days, from ≤ to, not ended, at most 90 days) so a mistake shows under
 * its field before any call; the server checks again and its refusal shows the same way.
 */
export class StandInStore {
  gridId = ''
  gridName = ''
  openid = ''
  from = ''
  to = ''
  errors: Partial<Record<Field | 'form', string>> = {}
  saving = false

  constructor(
    private readonly ledger: LedgerStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    makeAutoObservable<StandInStore, 'ledger' | 'now'>(this, { ledger: false, now: false })
  }

  /** Opens the form for a grid, starting today (the usual case: the worker leaves now). */
  open(grid: { id: string; name: string }): void {
    this.gridId = grid.id
    this.gridName = grid.name
    this.openid = ''
    this.from = beijingDay(this.now())
    this.to = ''
    this.errors = {}
  }

  close(): void {
    this.gridId = ''
    this.errors = {}
  }

  set(field: Field, value: string): void {
    this[field] = value
    this.errors = { ...this.errors, [field]: undefined, form: undefined }
  }

  /**
   * Who may stand in for the open grid: the street's grid workers except the grid's own (the
   * ledger has one worker row per grid, named by the grid).
   */
  get candidates(): WorkerLedgerRow[] {
    const workers = this.ledger.ledger.value?.workers ?? []
    return workers.filter((w) => w.openid && w.gridName !== this.gridName)
  }

  /** The grid's stand-in not yet ended (current or booked), if any. */
  current(gridId: string): StandInView | null {
    return this.ledger.ledger.value?.standIns.find((s) => s.gridId === gridId) ?? null
  }

  /** Validates and sends; true when the stand-in was named. */
  async submit(): Promise<boolean> {
    const payload = { gridId: this.gridId, openid: this.openid, from: this.from, to: this.to }
    return submitForm(this, {
      validate: () => validateStandIn(payload, beijingDay(this.now())),
      send: async () => {
        await this.ledger.setStandIn(payload)
        runInAction(() => this.close())
      },
      refused: (e) => this.refused(e),
    })
  }

  private refused(e: unknown): void {
    this.errors = fieldRefusal(e, ['openid', 'from', 'to'] as const, '保存失败，请重试')
  }
}
