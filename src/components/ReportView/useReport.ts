import { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { ReportDetail } from '@shared/contracts/report'
import { useStores } from '@/stores/context'

/**
 * The report named by the page's `id`: loaded on show, reloaded when a live event arrives (the
 * handler acted, the resident rated), replaceable after one's own action.
 */
export function useReport() {
  const { services, messages } = useStores()
  const id = useRouter().params.id ?? ''
  const [report, setReport] = useState<ReportDetail | null>(null)
  const [error, setError] = useState('')
  const load = useCallback(() => {
    services.cloud
      .call('report.get', { id })
      .then((r) => {
        setReport(r)
        setError('')
      })
      .catch((e: Error) => setError(e.message))
  }, [services, id])
  useDidShow(load)
  useEffect(() => {
    if (messages.changes) load()
  }, [messages.changes, load])
  return { report, error, setReport, cloud: services.cloud }
}
