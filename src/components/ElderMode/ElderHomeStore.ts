import type { MyGrid } from '@shared/contracts/grid'
import type { ReportSummary } from '@shared/contracts/report'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'

/** How many of my reports the 长辈版 首页 lists (the rest are one tap away in 我的报事). */
const RECENT = 5

/** The 长辈版 首页's data: my grid worker (for 找网格员) and my latest reports. */
export class ElderHomeStore {
  readonly grid: Cached<MyGrid>
  readonly reports: Cached<ReportSummary[]>

  constructor(cloud: CloudClient) {
    this.grid = new Cached(() => cloud.call('grid.mine', {}))
    this.reports = new Cached(() =>
      cloud.call('report.listMine', { page: 1, pageSize: RECENT }).then((r) => r.items),
    )
  }
}
