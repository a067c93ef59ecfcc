import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import { useStores } from '@/stores/context'
import { NativeMap } from './NativeMap'
import { SvgMap } from './SvgMap'
import './index.css'
import { pageUrl } from '@shared/routes'
import { pageWhile } from '@/components/StatusView'
import { usePageClass } from '@/components/ElderMode/usePageClass'

/** 网格地图: the street's grids, mine highlighted; tap one for its worker and open tasks. */
function GridMapPage() {
  const pageClass = usePageClass()
  const { gridMap } = useStores().reference
  const map = gridMap.value
  const [selected, setSelected] = useState('')
  // The open counts move: ask again each time the page shows.
  const load = () => void gridMap.reload().then((m) => m && setSelected((s) => s || m.mineId || ''))
  useDidShow(load)
  const wait = pageWhile(gridMap, load)
  if (wait || !map) return wait
  const g = map.grids.find((x) => x.id === selected)
  return (
    <View className={pageClass}>
      <View className='card grid-map__card'>
        {process.env.TARO_ENV === 'h5' ? (
          <SvgMap map={map} selected={selected} onPick={setSelected} />
        ) : (
          <NativeMap map={map} selected={selected} onPick={setSelected} />
        )}
        <Text className='muted'>蓝色为您所在的网格，圆点为您的住址；点选网格查看详情</Text>
      </View>
      {g ? (
        <View className='card grid-map__info'>
          <Text className='card-title'>{g.name}</Text>
          <Text>网格员：{g.workerName || '空缺'}</Text>
          <Text>
            未办结 {g.open} 件{g.overdue ? `，其中超时 ${g.overdue} 件` : ''}
          </Text>
          <Button
            size='mini'
            onClick={() => void Taro.navigateTo({ url: pageUrl('myGrid', { gridId: g.id }) })}
          >
            查看网格员
          </Button>
        </View>
      ) : null}
      <View className='card'>
        {map.grids.map((x) => (
          <View
            key={x.id}
            className={`grid-map__row ${x.id === selected ? 'grid-map__row--on' : ''}`}
            onClick={() => setSelected(x.id)}
          >
            <Text>
              {x.name}
              {x.id === map.mineId ? '（我的网格）' : ''}
            </Text>
            <Text className='muted'>未办结 {x.open}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

export default observer(GridMapPage)
