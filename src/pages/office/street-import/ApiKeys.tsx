import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { beijingDay } from '@shared/time'
import { useNotice } from '@/components/Notice/useNotice'
import { LoadError } from '@/components/StatusView/LoadError'
import type { ApiKeysStore } from './ApiKeysStore'

/**
 * 对外接口（Open311）: a key per outside system (区12345热线, 数字城管) that files into this
 * street's queue. The key is shown once, when issued; the server keeps only its hash.
 */
export const ApiKeys = observer(function ApiKeys({ store }: { store: ApiKeysStore }) {
  const [name, setName] = useState('')
  const [issued, setIssued] = useState('')
  const [error, setError] = useState('')
  const notice = useNotice()
  useEffect(() => void store.keys.load().catch(() => undefined), [store])
  const issue = async () => {
    setError('')
    try {
      const key = await store.issue(name.trim())
      setIssued(key)
      setName('')
      void Taro.setClipboardData({ data: key }).catch(() => undefined)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const revoke = async (id: string, label: string) => {
    const yes = await notice.ask({
      title: '停用密钥',
      content: `停用后“${label}”将无法再提交报事。`,
      confirmText: '停用',
    })
    if (yes) await store.revoke(id).catch((e: Error) => setError(e.message))
  }
  return (
    <View className='card'>
      <Text className='card-title'>对外接口（Open311）密钥</Text>
      <Text className='muted'>
        给区 12345 热线等外部系统使用：每个系统一个密钥，提交的报事进入本街道的队列。
      </Text>
      {(store.keys.value ?? []).map((k) => (
        <View key={k.id} className='street-import__row'>
          <Text className='street-import__where'>{k.name}</Text>
          <Text className='muted'>
            {k.id} · {beijingDay(k.createdAt)} 发放{k.revoked ? ' · 已停用' : ''}
          </Text>
          {k.revoked ? null : (
            <Button size='mini' onClick={() => void revoke(k.id, k.name)}>
              停用
            </Button>
          )}
        </View>
      ))}
      {notice.question}
      {store.keys.status === 'error' ? (
        <LoadError error={store.keys.error} onRetry={() => void store.keys.refresh()} />
      ) : null}
      <Input
        className='field__input'
        placeholder='对接系统名称，如 区12345热线'
        value={name}
        onInput={(e) => setName(e.detail.value)}
      />
      {error ? <Text className='field__error'>{error}</Text> : null}
      <Button className='btn-primary' onClick={() => void issue()}>
        发放密钥
      </Button>
      {issued ? <View className='notice'>密钥（只显示这一次，已复制）：{issued}</View> : null}
    </View>
  )
})
