import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { PAGE, pageUrl } from '@shared/routes'
import { LoadError } from '@/components/StatusView/LoadError'
import { useStores } from '@/stores/context'
import { ElderHomeStore } from './ElderHomeStore'
import './index.css'

const go = (url: string) => void Taro.navigateTo({ url })

/** 找网格员: one tap calls when the worker's phone is known; otherwise the way to it, in words. */
const GridButton = observer(function GridButton({ store }: { store: ElderHomeStore }) {
  const { session } = useStores()
  const w = store.grid.value?.worker
  if (!session.address)
    return (
      <Button className='elder-home__big' onClick={() => go(PAGE.bindAddress)}>
        找网格员
        <Text className='elder-home__sub'>先绑定住址</Text>
      </Button>
    )
  if (w?.phone)
    return (
      <Button
        className='elder-home__big'
        aria-label={`找网格员：给${w.name}打电话`}
        onClick={() => void Taro.makePhoneCall({ phoneNumber: w.phone }).catch(() => undefined)}
      >
        找网格员
        <Text className='elder-home__sub'>{`打电话给 ${w.name}`}</Text>
      </Button>
    )
  return (
    <Button className='elder-home__big' onClick={() => go(PAGE.myGrid)}>
      找网格员
      <Text className='elder-home__sub'>
        {store.grid.status === 'loading' ? '正在查找…' : w ? '查看联系方式' : '查看网格信息'}
      </Text>
    </Button>
  )
})

/** 我的报事 in large type, each with its state in words (not a coloured dot). */
const MyReports = observer(function MyReports({ store }: { store: ElderHomeStore }) {
  const { reports } = store
  if (reports.status === 'error' && !reports.value)
    return <LoadError error={reports.error} onRetry={() => void reports.refresh()} />
  if (!reports.value) return <Text className='elder-home__line'>正在加载我的报事…</Text>
  if (!reports.value.length) return <Text className='elder-home__line'>还没有报事记录</Text>
  return (
    <View>
      {reports.value.map((r) => (
        <View
          key={r.id}
          className='card elder-home__report'
          role='button'
          aria-label={`${r.categoryLabel}，${r.statusTag}`}
          onClick={() => go(pageUrl('reportDetail', { id: r.id }))}
        >
          <Text className='elder-home__report-title'>{r.categoryLabel}</Text>
          <Text className='elder-home__state'>{`状态：${r.statusTag}`}</Text>
        </View>
      ))}
      <Button className='elder-home__more' onClick={() => go(PAGE.myReports)}>
        查看全部报事
      </Button>
    </View>
  )
})

/**
 * 长辈版 首页 for residents: three big buttons (我要报事, 办证明, 找网格员) and 我的报事. Large
 * type and targets come from the .elder tokens on the page root (app.css).
 */
function ElderHome() {
  const { services, session } = useStores()
  const [store] = useState(() => new ElderHomeStore(services.cloud))
  const load = () => {
    if (session.status !== 'ready') return
    void store.reports.refresh().catch(() => undefined)
    if (session.address) void store.grid.load().catch(() => undefined)
  }
  useDidShow(load)
  // The session may still be loading when 首页 first shows.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, [session.status, session.address])
  const greeting = session.name ? `${session.name}，您好` : '您好'
  return (
    <View className='elder-home'>
      <Text className='elder-home__title'>{greeting}</Text>
      <Button
        className='elder-home__big elder-home__big--report'
        onClick={() => go(pageUrl('report', { target: 'grid' }))}
      >
        我要报事
        <Text className='elder-home__sub'>楼道、路灯、漏水都可以报</Text>
      </Button>
      <Button className='elder-home__big' onClick={() => go(PAGE.apply)}>
        办证明
        <Text className='elder-home__sub'>居住证明等，在手机上申请</Text>
      </Button>
      <GridButton store={store} />
      <Text className='elder-home__section'>我的报事</Text>
      <MyReports store={store} />
    </View>
  )
}

export default observer(ElderHome)
