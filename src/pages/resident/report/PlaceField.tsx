import { Input, Picker, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import { LoadError } from '@/components/StatusView/LoadError'
import { useStores } from '@/stores/context'
import type { ReportFormStore } from './ReportFormStore'

interface Props {
  form: ReportFormStore
}

/**
 * Where the problem is: the bound home by default, another building from the street's list, or
 * the current position (GPS) with a typed description of the spot.
 */
function PlaceField({ form }: Props) {
  const { places } = useStores().reference
  useEffect(() => void places.show(), [places])
  const buildings = (places.value ?? []).flatMap((c) =>
    c.buildings.map((b) => ({ ...b, label: `${c.name} ${b.name}` })),
  )
  const p = form.place

  return (
    <View className='field'>
      <Text className='field__label'>问题位置</Text>
      {p?.kind === 'address' ? <Text className='field__value'>{p.label}</Text> : null}
      {p?.kind === 'point' ? (
        <View>
          <Text className='field__value'>
            当前位置（{p.latitude.toFixed(5)}, {p.longitude.toFixed(5)}）
          </Text>
          <Input
            className='field__input'
            placeholder='补充说明具体位置，如：3号楼东侧路灯'
            maxlength={100}
            value={p.address}
            onInput={(e) => form.set('place', { ...p, address: e.detail.value })}
          />
        </View>
      ) : null}
      {!p ? <Text className='field__hint'>请选择问题所在的楼栋，或使用当前位置</Text> : null}
      <View className='field__actions'>
        <Picker
          mode='selector'
          range={buildings.map((b) => b.label)}
          onChange={(e) => {
            const b = buildings[Number(e.detail.value)]
            if (b) form.set('place', { kind: 'address', buildingId: b._id, label: b.label })
          }}
        >
          <View className='chip'>选择楼栋</View>
        </Picker>
        <View className='chip' onClick={() => void form.useCurrentPosition()}>
          使用当前位置
        </View>
      </View>
      {places.status === 'error' ? (
        <LoadError error={`楼栋列表加载失败：${places.error}`} onRetry={() => void places.show()} />
      ) : null}
      {form.errors.location ? <Text className='field__error'>{form.errors.location}</Text> : null}
    </View>
  )
}

export default observer(PlaceField)
