import { Button, Input, Picker, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import type { PlaceCommunity } from '@shared/contracts/grid'
import { checkBinding } from '@shared/grid/model'
import { useStores } from '@/stores/context'

/**
 * 绑定住址: 社区 → 楼栋 → 单元 → 房号. The home decides the grid worker and the property company;
 * the server checks it with the same validator. `?back=` returns where the resident came from.
 */
function BindAddressPage() {
  const { services, session } = useStores()
  const { back } = useRouter().params
  const [places, setPlaces] = useState<PlaceCommunity[]>([])
  const a = session.address
  const [communityId, setCommunity] = useState(a?.communityId ?? '')
  const [buildingId, setBuilding] = useState(a?.buildingId ?? '')
  const [unit, setUnit] = useState(a?.unit ?? '')
  const [room, setRoom] = useState(a?.room ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [loadError, setLoadError] = useState('')
  useEffect(() => {
    services.cloud
      .call('grid.places', {})
      .then((r) => setPlaces(r.communities))
      .catch((e: Error) => setLoadError(e.message))
  }, [services.cloud])
  const community = places.find((c) => c._id === communityId)
  const building = community?.buildings.find((b) => b._id === buildingId)

  const save = async () => {
    const input = { communityId, buildingId, unit, room }
    const checked = checkBinding(input)
    if (Object.keys(checked.fields).length) return setErrors(checked.fields)
    setBusy(true)
    try {
      await services.cloud.call('user.bindAddress', checked.value)
      await session.load()
      void Taro.showToast({ title: '住址已保存', icon: 'success' })
      if (back) void Taro.redirectTo({ url: decodeURIComponent(back) })
      else void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/me/index' }))
    } catch (e) {
      const err = e as Error & { fields?: Record<string, string> }
      setErrors(err.fields ?? { form: err.message })
    } finally {
      setBusy(false)
    }
  }
  if (loadError)
    return (
      <View className='page'>
        <View className='notice'>{loadError}</View>
      </View>
    )
  return (
    <View className='page'>
      <View className='card'>
        <Text className='muted'>绑定住址后，可以找到您的网格员和物业，报事时自动带出地址。</Text>
      </View>
      <View className='card'>
        <Field label='社区' error={errors.communityId}>
          <Picker
            mode='selector'
            range={places.map((c) => c.name)}
            onChange={(e) => {
              setCommunity(places[Number(e.detail.value)]._id)
              setBuilding('')
              setUnit('')
            }}
          >
            <View className='field__input'>{community?.name ?? '请选择社区'}</View>
          </Picker>
        </Field>
        <Field label='楼栋' error={errors.buildingId}>
          <Picker
            mode='selector'
            range={(community?.buildings ?? []).map((b) => b.name)}
            onChange={(e) => {
              setBuilding(community!.buildings[Number(e.detail.value)]._id)
              setUnit('')
            }}
          >
            <View className='field__input'>
              {building?.name ?? (community ? '请选择楼栋' : '请先选择社区')}
            </View>
          </Picker>
        </Field>
        {building?.units.length ? (
          <Field label='单元' error={errors.unit}>
            <Picker
              mode='selector'
              range={building.units}
              onChange={(e) => setUnit(building.units[Number(e.detail.value)])}
            >
              <View className='field__input'>{unit || '请选择单元'}</View>
            </Picker>
          </Field>
        ) : null}
        <Field label='房号' error={errors.room}>
          <Input
            className='field__input'
            placeholder='如：301'
            maxlength={20}
            value={room}
            onInput={(e) => setRoom(e.detail.value)}
          />
        </Field>
        {errors.form ? <Text className='field__error'>{errors.form}</Text> : null}
        <Button className='btn-primary' loading={busy} onClick={() => void save()}>
          保存住址
        </Button>
      </View>
    </View>
  )
}

function Field({
  label,
  error,
  children,
}: {
  label: string
  error?: string
  children: React.ReactNode
}) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      {children}
      {error ? <Text className='field__error'>{error}</Text> : null}
    </View>
  )
}

export default observer(BindAddressPage)
