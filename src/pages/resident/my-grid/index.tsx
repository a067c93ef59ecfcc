import { Button, Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { useStores } from '@/stores/context'
import { myGrid } from './store'
import './index.css'
import { PAGE, pageUrl } from '@shared/routes'
import { pageWhile } from '@/components/StatusView'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import { useNotice } from '@/components/Notice/useNotice'

const call = (phone: string) =>
  void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)

/** 我的网格员: who looks after my building, and one tap to call, add on WeChat, or 报网格员. */
function MyGridPage() {
  const pageClass = usePageClass()
  const { services, session } = useStores()
  const { gridId } = useRouter().params
  const notice = useNotice()
  const copy = (text: string) =>
    void Taro.setClipboardData({ data: text })
      .then(() => notice.tell('微信号已复制'))
      .catch(() => undefined)
  const [grid] = useState(() => myGrid(services.cloud, gridId))
  const g = grid.value
  const load = () => {
    if (session.status !== 'ready' || (!session.address && !gridId)) return
    void grid.reload()
  }
  useDidShow(load)
  // The session may still be loading when the page first shows.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, [session.status, session.address])
  if (session.status === 'ready' && !session.address && !gridId)
    return (
      <View className={pageClass}>
        <View className='card my-grid__empty'>
          <Text>绑定住址后，就能看到您的网格员</Text>
          <Button
            className='btn-primary'
            onClick={() => void Taro.navigateTo({ url: PAGE.bindAddress })}
          >
            绑定住址
          </Button>
        </View>
      </View>
    )
  const wait = pageWhile(grid, load)
  if (wait || !g) return wait
  const w = g.worker
  return (
    <View className={pageClass}>
      <View className='card my-grid__worker'>
        {w?.photo ? (
          <Image className='my-grid__photo' src={w.photo} mode='aspectFill' />
        ) : (
          <View className='my-grid__photo my-grid__initial'>{w?.name.slice(0, 1) ?? '?'}</View>
        )}
        <View className='my-grid__who'>
          <Text className='my-grid__name'>{w?.name ?? '网格员空缺'}</Text>
          <Text className='muted'>
            {w?.title || '网格员'} · {g.communityName} {g.gridName}
          </Text>
          {g.partyBranch ? <Text className='muted'>{g.partyBranch}</Text> : null}
        </View>
      </View>
      {w ? (
        <View className='card'>
          {/* Only what the worker published on their card: nothing is made up here. */}
          {w.onLeave ? (
            <View className='notice'>网格员休假中，请通过“报网格员”反映问题</View>
          ) : null}
          {w.duties ? <Text className='field__label'>工作职责</Text> : null}
          {w.duties ? <Text className='my-grid__text'>{w.duties}</Text> : null}
          {w.hours ? <Text className='field__label'>工作时间</Text> : null}
          {w.hours ? <Text className='my-grid__text'>{w.hours}</Text> : null}
          <View className='my-grid__buttons'>
            {w.phone ? (
              <Button className='btn-primary btn-main' onClick={() => call(w.phone)}>
                打电话 {w.phone}
              </Button>
            ) : w.phonePublished ? (
              <Text className='muted'>仅本网格居民可见联系电话</Text>
            ) : (
              <Text className='muted'>网格员暂未公开电话，请通过“报网格员”联系</Text>
            )}
            {w.wechatId ? <Button onClick={() => copy(w.wechatId)}>复制微信号</Button> : null}
            <Button
              onClick={() => void Taro.navigateTo({ url: pageUrl('report', { target: 'grid' }) })}
            >
              报网格员
            </Button>
          </View>
          {notice.status}
        </View>
      ) : null}
      {g.helpers.length ? (
        <View className='card'>
          <Text className='card-title'>网格辅助人员</Text>
          {g.helpers.map((h, i) => (
            <View key={i} className='my-grid__row'>
              <Text>{h.name}</Text>
              {h.phone ? (
                <Text className='my-grid__link' onClick={() => call(h.phone)}>
                  拨打
                </Text>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}
      {g.property ? (
        <View className='card'>
          <Text className='card-title'>物业服务</Text>
          <View className='my-grid__row'>
            <Text>{g.property.name}</Text>
            <Text className='my-grid__link' onClick={() => call(g.property!.servicePhone)}>
              {g.property.servicePhone}
            </Text>
          </View>
        </View>
      ) : null}
      <View className='card my-grid__row'>
        <Text className='my-grid__link' onClick={() => void Taro.navigateTo({ url: PAGE.gridMap })}>
          查看网格地图 ›
        </Text>
        {g.mine ? (
          <Text
            className='my-grid__link'
            onClick={() => void Taro.navigateTo({ url: PAGE.bindAddress })}
          >
            修改住址 ›
          </Text>
        ) : null}
      </View>
    </View>
  )
}

export default observer(MyGridPage)
