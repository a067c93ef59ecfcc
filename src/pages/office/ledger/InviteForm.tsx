import { Button, Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import type { HandlerOption } from '@shared/contracts/grid'
import type { AppError } from '@shared/errors'
import { beijingDay } from '@shared/time'
import { useNotice } from '@/components/Notice/useNotice'
import { LoadError } from '@/components/StatusView/LoadError'
import type { LedgerStore } from './LedgerStore'

/** The street office itself, as a place to invite someone to. */
const OFFICE = { kind: 'office', id: '', name: '街道办事处' } as const
type Pick = HandlerOption | typeof OFFICE
const KIND = { grid: '网格员', property: '物业', office: '街道工作人员' }

/** 邀请工作人员: a one-time code (7 days) for a grid worker, property staff or office staff. */
export const InviteForm = observer(function InviteForm({ store }: { store: LedgerStore }) {
  const cached = store.reference.handlers
  const handlers: Pick[] = [...(cached.value ?? []), OFFICE]
  const [pick, setPick] = useState<Pick | null>(null)
  const [name, setName] = useState('')
  const [result, setResult] = useState('')
  const [error, setError] = useState('')
  const notice = useNotice()
  useEffect(() => void cached.show(), [cached])
  const create = async (confirm = false): Promise<void> => {
    setError('')
    if (!pick) return setError('请选择网格、物业公司或街道')
    try {
      const r = await store.invite(pick.kind === 'office' ? null : pick, name, confirm)
      const code = r.code.replace(/(.{4})/, '$1-')
      setResult(`${code}（${beijingDay(r.expiresAt)} 前有效，仅限一人使用）`)
      void Taro.setClipboardData({ data: code }).catch(() => undefined)
    } catch (e) {
      // Replacing a grid's worker: the server says who and what moves; ask, then send the yes.
      const question = (e as AppError).fields?.confirm
      if (question && !confirm) {
        const yes = await notice.ask({
          title: '更换网格员',
          content: question,
          confirmText: '更换',
        })
        return yes ? create(true) : undefined
      }
      setError((e as Error).message)
    }
  }
  return (
    <View className='card'>
      <Text className='card-title'>邀请工作人员</Text>
      <Picker
        mode='selector'
        range={handlers.map((h) => `${KIND[h.kind]} · ${h.name}`)}
        onChange={(e) => setPick(handlers[Number(e.detail.value)])}
      >
        <View className='field__input'>
          {pick ? pick.name : '选择网格（网格员）、物业公司（物业人员）或街道'}
        </View>
      </Picker>
      <Input
        className='field__input ledger__name'
        placeholder='受邀人姓名'
        value={name}
        onInput={(e) => setName(e.detail.value)}
      />
      {cached.status === 'error' ? (
        <LoadError error={cached.error} onRetry={() => void cached.show()} />
      ) : null}
      {error ? <Text className='field__error'>{error}</Text> : null}
      {notice.question}
      <Button className='btn-primary' onClick={() => void create(false)}>
        生成邀请码
      </Button>
      {result ? <View className='notice ledger__code'>邀请码 {result}，已复制</View> : null}
    </View>
  )
})
