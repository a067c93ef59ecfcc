import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { checkBinding } from '@shared/grid/model'
import { useStores } from '@/stores/context'
import { PAGE } from '@shared/routes'
import { PageError } from '@/components/StatusView'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import { useNotice } from '@/components/Notice/useNotice'
import PageHeading from '@/components/PageHeading'

/**
 * 绑定住址: 社区 → 楼栋 → 单元 → 房号. The home decides the grid worker and the property company;
 * the server checks it with the same validator.
 */
function BindAddressPage() {
  const pageClass = usePageClass()
  const { session, reference } = useStores()
  const places = reference.places.value ?? []
  const a = session.address
  const [communityId, setCommunity] = useState(a?.communityId ?? '')
  const [buildingId, setBuilding] = useState(a?.buildingId ?? '')
  const [unit, setUnit] = useState(a?.unit ?? '')
  const [room, setRoom] = useState(a?.room ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const notice = useNotice()
  const load = () => void reference.places.show()
  useEffect(load, [reference])
  const community = places.find((c) => c._id === communityId)
  const building = community?.buildings.find((b) => b._id === buildingId)

  const save = async () => {
    const input = { communityId, buildingId, unit, room }
    const checked = checkBinding(input)
    if (Object.keys(checked.fields).length) return setErrors(checked.fields)
    setBusy(true)
    try {
      await session.bindAddress(checked.value)
      // Back to where the resident came from (我的网格员 reloads with the new home).
      notice.tell('住址已保存', {
        label: '返回',
        onClick: () => void Taro.navigateBack().catch(() => Taro.switchTab({ url: PAGE.me })),
      })
    } catch (e) {
      const err = e as Error & { fields?: Record<string, string> }
      setErrors(err.fields ?? { form: err.message })
    } finally {
      setBusy(false)
    }
  }
  if (reference.places.status === 'error')
    return <PageError error={reference.places.error} onRetry={load} />
  return (
    <View className={pageClass}>
      <PageHeading title='绑定住址' />
      <View className='card'>
        <Text className='muted'>绑定住址后，可以找到您的网格员和物业，报事时自动带出地址。</Text>
      </View>
      <View className='card'>
        <Field label='社区' error={errors.communityId}>
          <Chips
            options={places.map((c) => [c._id, c.name])}
            value={communityId}
            onPick={(id) => {
              setCommunity(id)
              setBuilding('')
              setUnit('')
            }}
          />
        </Field>
        {community ? (
          <Field label='楼栋' error={errors.buildingId}>
            <Chips
              options={community.buildings.map((b) => [b._id, b.name])}
              value={buildingId}
              onPick={(id) => {
                setBuilding(id)
                setUnit('')
              }}
            />
          </Field>
        ) : null}
        {building?.units.length ? (
          <Field label='单元' error={errors.unit}>
            <Chips options={building.units.map((u) => [u, u])} value={unit} onPick={setUnit} />
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
        {notice.status}
      </View>
    </View>
  )
}

/** Big tap targets instead of a wheel picker: easier for older eyes and fingers. */
function Chips({
  options,
  value,
  onPick,
}: {
  options: Array<[string, string]>
  value: string
  onPick: (id: string) => void
}) {
  return (
    <View className='field__actions'>
      {options.map(([id, label]) => (
        <View
          key={id}
          className={`chip chip--big ${value === id ? 'chip--on' : ''}`}
          onClick={() => onPick(id)}
        >
          {label}
        </View>
      ))}
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
