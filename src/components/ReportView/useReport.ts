import { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { reportDetail } from '@/stores/details'
import { useStores } from '@/stores/context'
import { useLive } from '@/stores/useLive'

/**
 * The report named by the page's `id`: loaded on show, reloaded when a live event arrives (the
 * handler acted, the resident rated), replaceable after one's own action (`set`).
 */
export function useReport() {
  const { services, messages } = useStores()
  const id = useRouter().params.id ?? ''
  const [detail] = useState(() => reportDetail(services.cloud, id))
  const load = useCallback(() => void detail.reload(), [detail])
  useDidShow(load)
  useLive() // the handler's step shows within seconds while the report is open
  useEffect(() => {
    if (messages.changes) load()
  }, [messages.changes, load])
  return { detail, load }
}
