import type { ApplicationSummary } from '@shared/contracts/certificate'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'

/** 我的申请: the first page of my applications (the newest). */
export const myApplications = (cloud: CloudClient) =>
  new Cached<ApplicationSummary[]>(() =>
    cloud.call('certificate.listMine', { page: 1 }).then((r) => r.items),
  )
