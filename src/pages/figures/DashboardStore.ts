import { makeAutoObservable } from 'mobx'
import type { Dashboard, Ranking, Scope, StreetFigures } from '@shared/contracts/stats'
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
import { districtScopes, sameScope, scopeOptions, STREET, type ScopeOption } from './scope'

/**
 * 统计看板: the chosen period, scope and trend unit, the figures and the quarter's 红黑榜. The
 * district (issue 20) starts from every street side by side, ranked (`streets`), and drills into
 * one street's dashboard (`drill`), back with `back`.
 */
export class DashboardStore {
  preset: PeriodPreset = 'thisMonth'
  custom: Period
  unit: TrendUnit = 'day'
  scope: Scope = STREET.scope
  /** The district's street drilled into; null = the streets side by side. */
  street: StreetFigures | null = null
  readonly dashboard: Cached<Dashboard>
  readonly ranking: Cached<Ranking>
  readonly streets: Cached<{ period: Period; streets: StreetFigures[] }>

  constructor(
    private readonly cloud: CloudClient,
    private readonly reference: ReferenceStore,
    private readonly now: () => Date = () => new Date(),
    /** The district's view (the server decides the role; this only picks the first screen). */
    readonly district = false,
  ) {
    this.custom = presetPeriod('thisMonth', now())
    this.dashboard = new Cached(() => cloud.call('stats.dashboard', this.query))
    this.ranking = new Cached(() =>
      cloud.call('stats.ranking', { quarter: quarterOf(this.period.to) }),
    )
    this.streets = new Cached(() => cloud.call('stats.streets', { period: this.period }))
    makeAutoObservable<DashboardStore, 'cloud' | 'reference' | 'now'>(this, {
      cloud: false,
      reference: false,
      now: false,
      district: false,
      dashboard: false,
      ranking: false,
      streets: false,
    })
  }

  /** The district sees the ranked streets until it drills into one. */
  get showingStreets(): boolean {
    return this.district && this.street === null
  }

  /** The streets, best first (the server's rank). */
  get rankedStreets(): StreetFigures[] {
    return [...(this.streets.value?.streets ?? [])].sort((a, b) => a.rank - b.rank)
  }

  get period(): Period {
    return this.preset === 'custom' ? this.custom : presetPeriod(this.preset, this.now())
  }

  /** What the figures and the export are asked for. */
  get query() {
    const scope = this.street ? { ...this.scope, streetId: this.street.streetId } : this.scope
    return { period: this.period, scope, unit: this.unit }
  }

  /** The scopes to choose from; the street alone until the reference data is there. */
  get scopes(): ScopeOption[] {
    // The district's reference data is not one street's: it narrows a street by category only.
    if (this.district) return districtScopes()
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
    if (this.showingStreets) {
      void this.streets.reload()
      return
    }
    void this.dashboard.reload()
    void this.ranking.reload()
    // The scope picker's choices; without them the street's figures still show.
    if (this.district) return
    void this.reference.places.show()
    void this.reference.handlers.show()
  }

  /** The district taps a street: that street's dashboard. */
  drill(street: StreetFigures): void {
    this.street = street
    this.scope = STREET.scope
    this.load()
  }

  /** 返回全区: the streets side by side again. */
  back(): void {
    this.street = null
    this.scope = STREET.scope
    this.load()
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
