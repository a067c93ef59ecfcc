import { Input, Picker, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import { LoadError } from '@/components/StatusView/LoadError'
import { useStores } from '@/stores/context'
import type { BehalfApplication } from '@/stores/BehalfForms'

/** 代办: the resident's home — a building from the street's list, then unit and room. */
function BehalfHomeField({ behalf }: { behalf: BehalfApplication }) {
  const { places } = useStores().reference
  useEffect(() => void places.show(), [places])
  const buildings = (places.value ?? []).flatMap((c) =>
    c.buildings.map((b) => ({
      communityId: c._id,
      buildingId: b._id,
      label: `${c.name} ${b.name}`,
    })),
  )
  const home = behalf.home
  const edit = (change: { unit?: string; room?: string }) =>
    home && behalf.setHome({ ...home, ...change })
  return (
    <View>
      <Picker
        mode='selector'
        range={buildings.map((b) => b.label)}
        onChange={(e) => {
          const b = buildings[Number(e.detail.value)]
          if (b) behalf.setHome({ ...b, unit: home?.unit ?? '', room: home?.room ?? '' })
        }}
      >
        <View className='chip'>{home ? home.label : '选择居民住的楼栋'} ▾</View>
      </Picker>
      {home ? (
        <View className='field__actions'>
          <Input
            className='field__input'
            placeholder='单元，如 2单元'
            value={home.unit}
            onInput={(e) => edit({ unit: e.detail.value })}
          />
          <Input
            className='field__input'
            placeholder='房号，如 301'
            value={home.room}
            onInput={(e) => edit({ room: e.detail.value })}
          />
        </View>
      ) : null}
      {places.status === 'error' ? (
        <LoadError error={`楼栋列表加载失败：${places.error}`} onRetry={() => void places.show()} />
      ) : null}
    </View>
  )
}

export default observer(BehalfHomeField)
