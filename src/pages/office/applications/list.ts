import type { CertificateTypeKey } from '@shared/certificates'
import type { ApplicationSummary, QueueFilter } from '@shared/contracts/certificate'
import type { CloudClient } from '@/services/cloud/types'
import { PagedList } from '@/stores/PagedList'

export const QUEUES: Array<[QueueFilter, string]> = [
  ['submitted', '待审核'],
  ['needMaterial', '待补充'],
  ['approved', '已出证'],
  ['rejected', '未通过'],
  ['revoked', '已撤销'],
  ['all', '全部'],
]

export const TYPES: Array<[CertificateTypeKey | '', string]> = [
  ['', '全部类型'],
  ['residence', '居住证明'],
  ['hardship', '贫困证明'],
]

/** 证明审核: applications by state, narrowed to one certificate type ('' = every type). */
export const applicationsList = (cloud: CloudClient) =>
  new PagedList<
    ApplicationSummary,
    QueueFilter,
    Record<QueueFilter, number>,
    CertificateTypeKey | ''
  >(
    'submitted',
    (filter, page, typeKey) =>
      cloud.call('certificate.queue', { filter, page, ...(typeKey ? { typeKey } : {}) }),
    '',
  )
