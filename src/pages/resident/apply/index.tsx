import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import type { CatalogueEntry } from '@shared/contracts/certificate'
import { useStores } from '@/stores/context'
import { beijingDay } from '@shared/time'
import { myApplications } from './store'
import './index.css'
import { pageUrl } from '@shared/routes'
import { PageError, PageStatus } from '@/components/StatusView'
import { usePageClass } from '@/components/ElderMode/usePageClass'

/** 在线办事: the certificates one can apply for, each with its 办事指南, and my applications. */
function ApplyPage() {
  const pageClass = usePageClass()
  const { services, session, reference } = useStores()
  const { catalogue } = reference
  const [applications] = useState(() => myApplications(services.cloud))
  const types = catalogue.value
  const mine = applications.value ?? []
  const [open, setOpen] = useState<string>('')
  // 代办证明 (StaffProxyEntry): the same list, each form opened for a resident.
  const behalf = useRouter().params.behalf === '1' && session.isStaff
  useEffect(() => {
    if (behalf) void Taro.setNavigationBarTitle({ title: '代办证明' })
  }, [behalf])

  // The catalogue may have changed (办理设置) and my applications have moved: ask again.
  const load = async () => {
    const c = await catalogue.reload()
    if (c && session.status === 'ready') await applications.reload()
  }
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  const failed =
    catalogue.status === 'error' ? catalogue : applications.status === 'error' ? applications : null
  if (failed) return <PageError error={failed.error} onRetry={() => void load()} />
  if (!types) return <PageStatus />
  return (
    <View className={pageClass}>
      {types.map((t) => (
        <View key={t.key} className='card'>
          <View className='certificates__head'>
            <Text className='card-title'>{t.name}</Text>
            <Text className='muted'>{t.timeLimitDays} 个工作日内办结</Text>
          </View>
          <Text>{t.guide.summary}</Text>
          {open === t.key ? <Guide t={t} /> : null}
          <View className='certificates__actions'>
            <Button size='mini' onClick={() => setOpen(open === t.key ? '' : t.key)}>
              {open === t.key ? '收起指南' : '办事指南'}
            </Button>
            <Button
              size='mini'
              className='btn-primary'
              disabled={!t.enabled || undefined}
              onClick={() =>
                void Taro.navigateTo({
                  url: pageUrl('applyForm', { type: t.key, ...(behalf ? { behalf: '1' } : {}) }),
                })
              }
            >
              {!t.enabled ? '暂停办理' : behalf ? '为居民申请' : '在线申请'}
            </Button>
          </View>
        </View>
      ))}
      <View className='card'>
        <Text className='card-title'>我的申请</Text>
        {mine.length === 0 ? <Text className='muted'>还没有申请过</Text> : null}
        {mine.map((a) => (
          <View
            key={a.id}
            className='certificates__row'
            onClick={() => void Taro.navigateTo({ url: pageUrl('application', { id: a.id }) })}
          >
            <View className='certificates__row-text'>
              <Text>{a.typeName}</Text>
              <Text className='muted'>
                {a.no} · {beijingDay(a.createdAt)}
              </Text>
            </View>
            <Text className={`certificates__state certificates__state--${a.state}`}>
              {a.stateLabel}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}

function Guide({ t }: { t: CatalogueEntry }) {
  const g = t.guide
  const list = (items: string[]) =>
    items.map((s, i) => <Text key={i} className='certificates__li'>{`${i + 1}. ${s}`}</Text>)
  return (
    <View className='certificates__guide'>
      <Text className='field__label'>申请条件</Text>
      <Text>{g.eligibility}</Text>
      <Text className='field__label'>所需材料</Text>
      {list(g.prepare)}
      <Text className='field__label'>办理流程</Text>
      {list(g.process)}
      <Text className='field__label'>办理时限</Text>
      <Text>{g.duration}</Text>
      <Text className='field__label'>注意事项</Text>
      {list(g.notes)}
    </View>
  )
}

export default observer(ApplyPage)
