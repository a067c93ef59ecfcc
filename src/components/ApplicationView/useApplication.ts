import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { ApplicationDetail } from '@shared/contracts/certificate'
import type { CloudClient } from '@/services/cloud/types'

/** Loads an application on show and on pull-down; `set` takes the answer of a decision. */
export function useApplication(cloud: CloudClient, id: string | undefined) {
  const [a, set] = useState<ApplicationDetail | null>(null)
  const [error, setError] = useState('')
  const load = useCallback(async () => {
    if (!id) return setError('缺少申请编号')
    try {
      set(await cloud.call('certificate.get', { id }))
      setError('')
    } catch (e) {
      setError((e as Error).message || '加载失败，请下拉重试')
    }
  }, [cloud, id])
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  return { a, set, error, reload: load }
}
