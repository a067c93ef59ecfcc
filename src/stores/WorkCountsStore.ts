import type { WorkCounts } from '@shared/reports/work-counts'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from './Cached'

/**
 * A staff member's work at a glance (首页): the counts of `report.workCounts`, which the server
 * scopes to the caller's role and grid or company. Asked again each time 首页 shows and when a
 * live event arrives, so a new task raises 待受理 without a reload.
 */
export class WorkCountsStore {
  readonly counts: Cached<WorkCounts>

  constructor(cloud: CloudClient) {
    this.counts = new Cached(() => cloud.call('report.workCounts', {}).then((r) => r.counts))
  }

  reload(): Promise<WorkCounts | null> {
    return this.counts.reload()
  }
}
