import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useRef, useState } from 'react'
import type { CertificateTypeKey } from '@shared/certificates'
import type { ApplicationSummary, QueueFilter } from '@shared/contracts/certificate'
import { remainingText } from '@shared/reports'
import { useStores } from '@/stores/context'
import { PagedList } from '@/stores/PagedList'
import ListFooter from '@/components/StatusView/ListFooter'
import QueueTabs from '@/components/QueueTabs'
import { beijingDay } from '@shared/time'
import './index.css'

const QUEUES: Array<[QueueFilter, string]> = [
  ['submitted', '待审核'],
  ['needMaterial', '待补充'],
  ['approved', '已出证'],
  ['rejected', '未通过'],
  ['revoked', '已撤销'],
  ['all', '全部'],
]
const TYPES: Array<[CertificateTypeKey | '', string]> = [
  ['', '全部类型'],
  ['residence', '居住证明'],
  ['hardship', '贫困证明'],
]

/** 证明审核: applications by state and type, the oldest waiting first, with their time limits. */
function ApplicationsPage() {
  const { services, session } = useStores()
  const [typeKey, setTypeKey] = useState<CertificateTypeKey | ''>('')
  // Read by the list's fetch: the list object outlives renders.
  const typeRef = useRef<CertificateTypeKey | ''>('')
  const [list] = useState(
    () =>
      new PagedList<ApplicationSummary, QueueFilter>('submitted', (filter, page) =>
        services.cloud.call('certificate.queue', {
          filter,
          page,
          ...(typeRef.current ? { typeKey: typeRef.current } : {}),
        }),
      ),
  )
  useDidShow(() => void list.refresh())
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => void list.more())

  if (session.status === 'ready' && session.role !== 'office')
    return (
      <View className='page'>
        <View className='card'>
          <Text>此页面供街道工作人员使用</Text>
        </View>
      </View>
    )
  const pickType = (t: CertificateTypeKey | '') => {
    typeRef.current = t
    setTypeKey(t)
    void list.refresh()
  }
  return (
    <View className='page'>
      <QueueTabs queues={QUEUES} list={list} />
      <View className='field__actions review__types'>
        <View
          className='chip'
          onClick={() => void Taro.navigateTo({ url: '/pages/office/cert-settings/index' })}
        >
          办理设置 ›
        </View>
        {TYPES.map(([k, label]) => (
          <View
            key={k}
            className={`chip ${typeKey === k ? 'chip--on' : ''}`}
            onClick={() => pickType(k)}
          >
            {label}
          </View>
        ))}
      </View>
      {list.items.map((a) => (
        <View
          key={a.id}
          className='card review__item'
          onClick={() =>
            void Taro.navigateTo({ url: `/pages/office/application/index?id=${a.id}` })
          }
        >
          <View className='review__row'>
            <Text className='review__title'>
              {a.typeName} · {a.applicantName}
            </Text>
            <Text className='review__tag'>{a.stateLabel}</Text>
          </View>
          <Text className='muted'>
            {a.no} · 用途：{a.purposeLabel} · {beijingDay(a.createdAt)}
          </Text>
          {a.deadline ? (
            <Text className={a.overdue ? 'field__error' : 'review__due'}>
              {remainingText(Date.parse(a.deadline), Date.now())}
            </Text>
          ) : null}
          {a.serial ? <Text className='muted'>证明编号 {a.serial}</Text> : null}
        </View>
      ))}
      <ListFooter list={list} empty='这里没有申请' />
    </View>
  )
}

export default observer(ApplicationsPage)
