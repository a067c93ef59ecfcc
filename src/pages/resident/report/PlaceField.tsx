import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import { LoadError } from '@/components/StatusView/LoadError'
import { useStores } from '@/stores/context'
import { placeText } from './place'
import type { ReportFormStore } from './ReportFormStore'

interface Props {
  form: ReportFormStore
}

/**
 * Where the problem is, always in words a person knows: the bound home by default; another
 * building in two big steps (社区 → 楼栋); or a point on the map that the server names by the
 * nearest building (新华小区1号楼附近). Never coordinates.
 */
function PlaceField({ form }: Props) {
  const { places } = useStores().reference
  useEffect(() => void places.show(), [places])
  const { where } = form
  const p = form.place
  const communities = places.value ?? []
  const home = form.home?.kind === 'address' ? form.home : null

  if (where.step !== 'closed') {
    const first = where.step === 'community'
    const list = first ? communities : (where.community?.buildings ?? [])
    return (
      <View className='field place-steps'>
        <Text className='field__label'>
          {first ? '第 1 步：选社区' : `第 2 步：选楼栋（${where.community?.name ?? ''}）`}
        </Text>
        <View className='place-steps__grid'>
          {list.map((x) => (
            <View
              key={x._id}
              role='button'
              className='place-steps__big'
              onClick={() =>
                first
                  ? where.pickCommunity(communities.find((c) => c._id === x._id)!)
                  : where.pickBuilding(x as (typeof communities)[number]['buildings'][number])
              }
            >
              {x.name}
            </View>
          ))}
        </View>
        {!list.length && places.status !== 'error' ? (
          <Text className='field__hint'>
            {places.status === 'ready' ? '暂无可选的楼栋' : '加载中…'}
          </Text>
        ) : null}
        {places.status === 'error' ? (
          <LoadError
            error={`楼栋列表加载失败：${places.error}`}
            onRetry={() => void places.show()}
          />
        ) : null}
        <View role='button' className='chip place-steps__back' onClick={() => where.back()}>
          {first ? '取消' : '上一步'}
        </View>
      </View>
    )
  }

  return (
    <View className='field'>
      <Text className='field__label'>问题位置</Text>
      {p ? (
        <Text className='field__value place-field__where'>{placeText(p)}</Text>
      ) : (
        <Text className='field__hint'>请选择问题所在的楼栋，或在地图上选位置</Text>
      )}
      <View className='field__actions'>
        {home && (p?.kind !== 'address' || p.buildingId !== home.buildingId) ? (
          <View role='button' className='chip chip--big' onClick={() => form.set('place', home)}>
            我家
          </View>
        ) : null}
        <View role='button' className='chip chip--big' onClick={() => where.open(communities)}>
          选择楼栋
        </View>
        <View
          role='button'
          className='chip chip--big'
          aria-busy={where.locating}
          onClick={() => void where.locate()}
        >
          {where.locating ? '正在确认位置…' : where.chooseLabel}
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
