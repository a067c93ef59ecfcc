import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { remainingText, urgentMark } from '@shared/reports'
import GrantBanner from '@/components/GrantBanner'
import ListCard from '@/components/ListCard'
import QueueTabs from '@/components/QueueTabs'
import { rolePage } from '@/components/RoleGate'
import ListFooter from '@/components/StatusView/ListFooter'
import { useLive } from '@/stores/useLive'
import { usePagedList } from '@/stores/usePagedList'
import { formatBeijing } from '@shared/time'
import { inboxList, tabOf, TABS } from './list'
import SortSwitch from './SortSwitch'
import './index.css'
import { pageUrl } from '@shared/routes'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import PageHeading from '@/components/PageHeading'

/** 任务收件箱 for grid workers and property staff: least time left first, or newest. */
function InboxPage() {
  const pageClass = usePageClass()
  // New tasks arrive on the live stream (H5) and show without a reload.
  // 首页's counts open a tab: ?tab=overdue.
  const { tab } = useRouter().params
  const list = usePagedList((root) => inboxList(root.services.cloud, tabOf(tab)))
  useLive()
  return (
    <View className={pageClass}>
      <PageHeading title='任务收件箱' />
      <GrantBanner label='接收新任务提醒' templates={['newTask']} />
      <QueueTabs queues={TABS} list={list} />
      <SortSwitch list={list} />
      {list.items.map((r) => (
        <ListCard
          key={r.id}
          className='inbox__item'
          title={urgentMark(r.urgency) + r.categoryLabel}
          aside={<Text className='list-card__tag'>{r.statusTag}</Text>}
          onClick={() => void Taro.navigateTo({ url: pageUrl('task', { id: r.id }) })}
        >
          <Text>{r.description}</Text>
          {r.deadline ? (
            <Text
              className={
                r.overdue || Date.parse(r.deadline) < Date.now() ? 'inbox__late' : 'inbox__due'
              }
            >
              {remainingText(Date.parse(r.deadline), Date.now())}
            </Text>
          ) : null}
          <Text className='muted'>
            {r.placeLabel} · {formatBeijing(r.createdAt)}
            {r.followers ? ` · ${r.followers + 1} 人反映` : ''}
          </Text>
        </ListCard>
      ))}
      <ListFooter list={list} empty='暂无任务' />
    </View>
  )
}

export default rolePage('staff', observer(InboxPage))
