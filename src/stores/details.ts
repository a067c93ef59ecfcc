import type { ApplicationDetail } from '@shared/contracts/certificate'
import type { ReportDetail } from '@shared/contracts/report'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from './Cached'

/**
 * The one report or application a detail page shows (the resident's, the handler's and the
 * office's pages alike, each seen with the caller's permissions on the server).
 */
export const reportDetail = (cloud: CloudClient, id: string) =>
  new Cached<ReportDetail>(() => cloud.call('report.get', { id }))

export const applicationDetail = (cloud: CloudClient, id: string | undefined) =>
  new Cached<ApplicationDetail>(() =>
    id ? cloud.call('certificate.get', { id }) : Promise.reject(new Error('缺少申请编号')),
  )
