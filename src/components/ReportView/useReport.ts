import { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { reportDetail } from '@/stores/details'
import { useStores } from '@/stores/context'

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
  useEffect(() => {
    if (messages.changes) load()
  }, [messages.changes, load])
  return { detail, load }
}
