import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { applicationDetail } from '@/stores/details'
import { useStores } from '@/stores/context'

/** The application named by the page's `id`: loaded on show and on pull-down. */
export function useApplication() {
  const { services } = useStores()
  const { id } = useRouter().params
  const [detail] = useState(() => applicationDetail(services.cloud, id))
  const load = () => detail.reload()
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  return { detail, load }
}
