import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import { remainingText } from '@shared/reports'
import ListCard from '@/components/ListCard'
import QueueTabs from '@/components/QueueTabs'
import { rolePage } from '@/components/RoleGate'
import ListFooter from '@/components/StatusView/ListFooter'
import { usePagedList } from '@/stores/usePagedList'
import { applicationsList, QUEUES, TYPES } from './list'
import { beijingDay } from '@shared/time'
import './index.css'
import { PAGE, pageUrl } from '@shared/routes'
import { usePageKeys, useWide } from '../console/useDesk'
import { moveCursor } from '../console/desk'
import { isQueueKey, setQueue } from './queue'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import PageHeading from '@/components/PageHeading'

const open = (id: string) => void Taro.navigateTo({ url: pageUrl('review', { id }) })

/** 证明审核: applications by state and type, the oldest waiting first, with their time limits. */
function ApplicationsPage() {
  const pageClass = usePageClass()
  const list = usePagedList((root) => applicationsList(root.services.cloud), { live: false })
  const typeKey = list.params
  const wide = useWide()
  const [row, setRow] = useState(-1)
  const ids = list.items.map((a) => a.id)
  if (wide) setQueue(ids)
  // The desk walks the queue with j/k and opens the marked application with Enter.
  usePageKeys(isQueueKey, (k) => {
    if (!wide) return
    if (k === 'Enter') return ids[row] ? open(ids[row]) : undefined
    setRow((r) => moveCursor({ row: r, open: false }, k, ids.length).row)
  })
  return (
    <View className={pageClass}>
      <PageHeading title='证明审核' />
      <QueueTabs queues={QUEUES} list={list} />
      <View className='field__actions review__types'>
        <View className='chip' onClick={() => void Taro.navigateTo({ url: PAGE.certSettings })}>
          办理设置 ›
        </View>
        {TYPES.map(([k, label]) => (
          <View
            key={k}
            className={`chip ${typeKey === k ? 'chip--on' : ''}`}
            onClick={() => void list.narrow(k)}
          >
            {label}
          </View>
        ))}
      </View>
      {list.items.map((a, i) => (
        <ListCard
          key={a.id}
          className={`review__item ${wide && i === row ? 'review__item--cursor' : ''}`}
          title={`${a.typeName} · ${a.applicantName}`}
          aside={<Text className='list-card__tag'>{a.stateLabel}</Text>}
          onClick={() => open(a.id)}
        >
          <Text className='muted'>
            {a.no} · 用途：{a.purposeLabel} · {beijingDay(a.createdAt)}
          </Text>
          {a.deadline ? (
            <Text className={a.overdue ? 'field__error' : 'review__due'}>
              {remainingText(Date.parse(a.deadline), Date.now())}
            </Text>
          ) : null}
          {a.serial ? <Text className='muted'>证明编号 {a.serial}</Text> : null}
        </ListCard>
      ))}
      <ListFooter list={list} empty='这里没有申请' />
    </View>
  )
}

export default rolePage('office', observer(ApplicationsPage))
