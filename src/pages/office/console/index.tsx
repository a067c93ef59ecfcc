import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import type { ReportSummary } from '@shared/contracts/report'
import { urgentMark } from '@shared/reports'
import ListCard from '@/components/ListCard'
import QueueTabs from '@/components/QueueTabs'
import { rolePage } from '@/components/RoleGate'
import ListFooter from '@/components/StatusView/ListFooter'
import { usePagedList } from '@/stores/usePagedList'
import { formatBeijing } from '@shared/time'
import Desk from './Desk'
import { deadlineText } from './desk'
import { Filters } from './Filters'
import { consoleList, queueOf, QUEUES } from './list'
import { useMinute, useWide } from './useDesk'
import './index.css'
import { PAGE, pageUrl } from '@shared/routes'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import PageHeading from '@/components/PageHeading'

/**
 * 街道工作台: every report by queue — escalations and overdue first — with counts. At a desk
 * (H5, ≥ 1200 px) a table with the detail beside it; on a phone and in the mini-program, cards.
 */
function ConsolePage() {
  const pageClass = usePageClass()
  // 首页's counts open a queue: ?filter=overdue.
  const { filter } = useRouter().params
  const list = usePagedList((root) => consoleList(root.services.cloud, queueOf(filter)))
  const wide = useWide()
  const now = useMinute()
  if (wide) return <Desk list={list} />
  const open = (r: ReportSummary) =>
    void Taro.navigateTo({ url: pageUrl('officeReport', { id: r.id }) })
  return (
    <View className={pageClass}>
      <PageHeading title='街道工作台' />
      <QueueTabs queues={QUEUES} list={list} />
      <Filters value={list.params} onChange={(f) => void list.narrow(f)} />
      <Text className='console__link' onClick={() => void Taro.navigateTo({ url: PAGE.limits })}>
        时限设置 ›
      </Text>
      <Text className='console__link' onClick={() => void Taro.navigateTo({ url: PAGE.phrases })}>
        常用语 ›
      </Text>
      {list.items.map((r) => (
        <ListCard
          key={r.id}
          className='console__item'
          title={`${urgentMark(r.urgency)}${r.categoryLabel} · ${r.handlerName}`}
          aside={<Text className='list-card__tag console__tag'>{r.statusTag}</Text>}
          onClick={() => open(r)}
        >
          <Text>{r.description}</Text>
          <Text className='muted'>
            {r.no} · {r.placeLabel} · {formatBeijing(r.createdAt)}
          </Text>
          {r.deadline || r.overdue ? (
            <Text className={r.overdue ? 'console__late' : 'console__left'}>
              {deadlineText(r, now)}
            </Text>
          ) : null}
        </ListCard>
      ))}
      <ListFooter list={list} empty='这里没有报事' />
    </View>
  )
}

export default rolePage('office', observer(ConsolePage))
