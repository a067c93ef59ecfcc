import { Button, Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { HandlerOption } from '@shared/contracts/grid'
import type { AppError } from '@shared/errors'
import type { CloudClient } from '@/services/cloud/types'
import { beijingDay } from '@shared/time'

/** Where the invited person will work: a grid, a property company, or the street office itself. */
type Pick = HandlerOption | { kind: 'office'; id: ''; name: string }
const OFFICE: Pick = { kind: 'office', id: '', name: '街道办事处' }
const KIND = { grid: '网格员', property: '物业', office: '街道工作人员' }

/** 邀请工作人员: a one-time code (7 days) for a grid worker, property staff or office staff. */
export function InviteForm({ cloud }: { cloud: CloudClient }) {
  const [handlers, setHandlers] = useState<Pick[]>([])
  const [pick, setPick] = useState<Pick | null>(null)
  const [name, setName] = useState('')
  const [result, setResult] = useState('')
  const [error, setError] = useState('')
  useEffect(() => {
    void cloud
      .call('grid.handlers', {})
      .then((r) => setHandlers([...r.handlers, OFFICE]))
      .catch(() => undefined)
  }, [cloud])
  const create = async (confirm = false): Promise<void> => {
    setError('')
    if (!pick) return setError('请选择网格、物业公司或街道')
    try {
      const r = await cloud.call('grid.createInvite', {
        role:
          pick.kind === 'grid'
            ? 'grid_worker'
            : pick.kind === 'property'
              ? 'property_staff'
              : 'office',
        ...(pick.kind === 'grid'
          ? { gridId: pick.id }
          : pick.kind === 'property'
            ? { companyId: pick.id }
            : {}),
        name,
        confirm,
      })
      const code = r.code.replace(/(.{4})/, '$1-')
      setResult(`${code}（${beijingDay(r.expiresAt)} 前有效，仅限一人使用）`)
      void Taro.setClipboardData({ data: code }).catch(() => undefined)
    } catch (e) {
      // Replacing a grid's worker: the server says who and what moves; ask, then send the yes.
      const question = (e as AppError).fields?.confirm
      if (question && !confirm) {
        const { confirm: yes } = await Taro.showModal({ title: '更换网格员', content: question })
        if (yes) return create(true)
        return
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
      {error ? <Text className='field__error'>{error}</Text> : null}
      <Button className='btn-primary' onClick={() => void create(false)}>
        生成邀请码
      </Button>
      {result ? <View className='notice ledger__code'>邀请码 {result}，已复制</View> : null}
    </View>
  )
}
