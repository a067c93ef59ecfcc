import { Button, Image, Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { MyCard } from '@shared/contracts/grid'
import { CARD_LIMITS } from '@shared/grid/card'
import { PageStatus } from '@/components/StatusView'
import { useStores } from '@/stores/context'
import { CardStore } from './store'
import { named } from '@/components/a11y'
import { useNotice } from '@/components/Notice/useNotice'

type Field = 'phone' | 'wechatId' | 'title' | 'duties' | 'hours'

/**
 * 我的名片: what residents see of me on 我的网格员. Only what I fill in is shown; an empty phone
 * tells residents I have not published one (they reach me through 报网格员).
 */
export default function CardPage() {
  const { services, session } = useStores()
  const notice = useNotice()
  const [store] = useState(() => new CardStore(services))
  const [card, setCard] = useState<MyCard | null>(null)
  const [preview, setPreview] = useState('')
  const [error, setError] = useState('')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  useDidShow(() => {
    store
      .load()
      .then((c) => (setCard(c), setPreview(c.photoUrl), setError('')))
      .catch((e: Error) => setError(e.message))
  })
  if (!card) return <PageStatus error={error} />
  const set = (k: keyof MyCard, v: unknown) => setCard({ ...card, [k]: v })
  const choosePhoto = async () => {
    try {
      const picked = await store.pickPhoto(session.openid)
      if (!picked) return
      setPreview(picked.preview)
      set('photo', picked.fileID)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const save = async () => {
    setBusy(true)
    setError('')
    setFields({})
    try {
      const r = await store.save(card)
      setCard(r)
      setPreview(r.photoUrl)
      notice.tell('名片已保存')
    } catch (e) {
      setError((e as Error).message)
      setFields((e as { fields?: Record<string, string> }).fields ?? {})
    } finally {
      setBusy(false)
    }
  }
  const input = (k: Field, label: string, placeholder: string, max = 40) => (
    <View>
      <Text className='field__label'>{label}</Text>
      <Input
        className='field__input'
        placeholder={placeholder}
        maxlength={max}
        value={card[k]}
        onInput={(e) => set(k, e.detail.value)}
      />
      {fields[k] ? <Text className='field__error'>{fields[k]}</Text> : null}
    </View>
  )
  return (
    <View className='page'>
      {error ? <View className='notice'>{error}</View> : null}
      <View className='card'>
        <Text className='card-title'>{card.name}</Text>
        {preview ? (
          <Image src={preview} mode='aspectFill' style={{ width: '120px', height: '120px' }} />
        ) : null}
        <Button onClick={() => void choosePhoto()}>{preview ? '更换照片' : '上传照片'}</Button>
        {input('title', '职务', '如：专职网格员', CARD_LIMITS.title)}
        {input('phone', '联系电话（仅本网格居民和街道可见；不填则不公开）', '11 位手机号', 13)}
        {input('wechatId', '微信号（可选）', '6–20 位，以字母开头', 20)}
        {input('hours', '工作时间', '如：工作日 8:30–17:30', CARD_LIMITS.hours)}
        <Text className='field__label'>工作职责</Text>
        <Textarea
          className='field__input'
          maxlength={CARD_LIMITS.duties}
          value={card.duties}
          placeholder='如：网格巡查、民情收集'
          onInput={(e) => set('duties', e.detail.value)}
        />
        {fields.duties ? <Text className='field__error'>{fields.duties}</Text> : null}
        <View>
          <Text>休假中</Text>
          <Switch
            {...named('休假中')}
            checked={card.onLeave}
            onChange={(e) => set('onLeave', e.detail.value)}
          />
        </View>
        <Button className='btn-primary' loading={busy} onClick={() => void save()}>
          保存名片
        </Button>
        {notice.status}
      </View>
    </View>
  )
}
