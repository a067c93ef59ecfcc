import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import ElderHome from '@/components/ElderMode/ElderHome'
import ElderOffer from '@/components/ElderMode/ElderOffer'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import { EntryTile } from '@/components/EntryTile'
import { useStores } from '@/stores/context'
import { useTabBadge } from '@/stores/useTabBadge'
import { isStaffRole } from '@shared/reports/work-counts'
import { PAGE } from '@shared/routes'
import { callHotline, openEntry } from './actions'
import { HOTLINES, REPORT_ENTRIES, SERVICE_ENTRIES, type HomeEntry } from './entries'
import StaffWork from './StaffWork'
import './index.css'

const COLORS: Record<HomeEntry['key'], string> = {
  'report-grid': '#1f6feb',
  // Dark enough for white text (≥ 4.5:1).
  'report-property': '#0b7a72',
  apply: '#b3541e',
  'my-grid': '#6941c6',
}

function Tiles({ entries }: { entries: HomeEntry[] }) {
  return (
    <View className='home__tiles'>
      {entries.map((e) => (
        <EntryTile
          key={e.key}
          title={e.title}
          desc={e.desc}
          color={COLORS[e.key]}
          badge={e.ready ? undefined : '即将上线'}
          onTap={() => void openEntry(e)}
        />
      ))}
    </View>
  )
}

/** 首页: 一键报事 first (the reason residents open the app), then 办事 and 快捷服务. */
function HomePage() {
  const { session, display } = useStores()
  useTabBadge()
  const pageClass = usePageClass('home')
  // 长辈版 replaces the resident's 首页 with three big buttons (staff keep their own 首页).
  if (display.elder && !session.isStaff)
    return (
      <View className={pageClass}>
        <ElderHome />
      </View>
    )
  const greeting = session.name ? `${session.name}，您好` : '您好'
  return (
    <View className={pageClass}>
      <ElderOffer />
      <View className='home__banner'>
        <Text className='home__street'>
          {session.streetName ? `${session.streetName} · 管家小北` : '管家小北'}
        </Text>
        <Text className='home__greeting'>{greeting}，有事找小北</Text>
      </View>
      {/* Staff see their work first; keyed by identity so another sign-in starts afresh. */}
      {session.status === 'ready' && session.role === 'district' ? (
        <EntryTile
          title='各街道数据'
          desc='各街道收到报事、响应率、按时办结率、满意率排名，可查看每个街道的看板'
          color='#1f6feb'
          onTap={() => void Taro.navigateTo({ url: PAGE.dashboard })}
        />
      ) : session.status === 'ready' && isStaffRole(session.role) ? (
        <StaffWork key={session.openid} role={session.role} />
      ) : null}
      <Text className='home__section'>一键报事</Text>
      <Tiles entries={REPORT_ENTRIES} />
      <Text className='home__section'>办事服务</Text>
      <Tiles entries={SERVICE_ENTRIES} />
      <Text className='home__section'>快捷服务</Text>
      <View className='card'>
        {HOTLINES.map((h) => (
          <View key={h.phone} className='home__hotline' onClick={() => void callHotline(h.phone)}>
            <Text>{h.name}</Text>
            <Text className='home__phone'>{h.phone}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

export default observer(HomePage)
