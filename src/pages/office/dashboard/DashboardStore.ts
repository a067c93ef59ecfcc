import { makeAutoObservable } from 'mobx'
import type { Dashboard, Ranking } from '@shared/contracts/stats'
import {
  presetPeriod,
  quarterOf,
  type Period,
  type PeriodPreset,
  type TrendUnit,
} from '@shared/figures'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'

/** 统计看板: the chosen period and trend unit, the figures and the quarter's 红黑榜. */
export class DashboardStore {
  preset: PeriodPreset = 'thisMonth'
  custom: Period
  unit: TrendUnit = 'day'
  readonly dashboard: Cached<Dashboard>
  readonly ranking: Cached<Ranking>

  constructor(
    private readonly cloud: CloudClient,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.custom = presetPeriod('thisMonth', now())
    this.dashboard = new Cached(() =>
      cloud.call('stats.dashboard', { period: this.period, unit: this.unit }),
    )
    this.ranking = new Cached(() =>
      cloud.call('stats.ranking', { quarter: quarterOf(this.period.to) }),
    )
    makeAutoObservable<DashboardStore, 'cloud' | 'now'>(this, {
      cloud: false,
      now: false,
      dashboard: false,
      ranking: false,
    })
  }

  get period(): Period {
    return this.preset === 'custom' ? this.custom : presetPeriod(this.preset, this.now())
  }

  get quarter(): string {
    return quarterOf(this.period.to)
  }

  load(): void {
    void this.dashboard.reload()
    void this.ranking.reload()
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
    return (await this.cloud.call('stats.export', { period: this.period, unit: this.unit })).url
  }
}
