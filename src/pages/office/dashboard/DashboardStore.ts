import { makeAutoObservable } from 'mobx'
import type { Dashboard, Ranking, Scope } from '@shared/contracts/stats'
import {
  presetPeriod,
  quarterOf,
  type Period,
  type PeriodPreset,
  type TrendUnit,
} from '@shared/figures'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'
import type { ReferenceStore } from '@/stores/ReferenceStore'
import { dashboardCharts, type ChartSpec } from './charts'
import { sameScope, scopeOptions, STREET, type ScopeOption } from './scope'

/** 统计看板: the chosen period, scope and trend unit, the figures and the quarter's 红黑榜. */
export class DashboardStore {
  preset: PeriodPreset = 'thisMonth'
  custom: Period
  unit: TrendUnit = 'day'
  scope: Scope = STREET.scope
  readonly dashboard: Cached<Dashboard>
  readonly ranking: Cached<Ranking>

  constructor(
    private readonly cloud: CloudClient,
    private readonly reference: ReferenceStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.custom = presetPeriod('thisMonth', now())
    this.dashboard = new Cached(() => cloud.call('stats.dashboard', this.query))
    this.ranking = new Cached(() =>
      cloud.call('stats.ranking', { quarter: quarterOf(this.period.to) }),
    )
    makeAutoObservable<DashboardStore, 'cloud' | 'reference' | 'now'>(this, {
      cloud: false,
      reference: false,
      now: false,
      dashboard: false,
      ranking: false,
    })
  }

  get period(): Period {
    return this.preset === 'custom' ? this.custom : presetPeriod(this.preset, this.now())
  }

  /** What the figures and the export are asked for. */
  get query() {
    return { period: this.period, scope: this.scope, unit: this.unit }
  }

  /** The scopes to choose from; the street alone until the reference data is there. */
  get scopes(): ScopeOption[] {
    const { places, handlers } = this.reference
    return scopeOptions(places.value ?? [], handlers.value ?? [])
  }

  get scopeLabel(): string {
    return this.scopes.find((o) => sameScope(o.scope, this.scope))?.label ?? STREET.label
  }

  /** The charts of the figures shown (null before the first answer). */
  get charts(): ChartSpec[] | null {
    const d = this.dashboard.value
    return d ? dashboardCharts(d) : null
  }

  get quarter(): string {
    return quarterOf(this.period.to)
  }

  load(): void {
    void this.dashboard.reload()
    void this.ranking.reload()
    // The scope picker's choices; without them the street's figures still show.
    void this.reference.places.show()
    void this.reference.handlers.show()
  }

  setScope(scope: Scope): void {
    this.scope = scope
    void this.dashboard.reload()
  }

  choose(preset: PeriodPreset): void {
    this.preset = preset
    this.load()
  }

  /** A custom period's end changed (picked in the date pickers). */
  setCustom(which: 'from' | 'to', day: string): void {
    this.custom = { ...this.custom, [which]: day }
    this.preset = 'custom'
    this.load()
  }

  setUnit(unit: TrendUnit): void {
    this.unit = unit
    void this.dashboard.reload()
  }

  /** The .xlsx of every table of the period: a URL to download. */
  async exportUrl(): Promise<string> {
    return (await this.cloud.call('stats.export', this.query)).url
  }
}
