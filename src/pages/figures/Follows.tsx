import { Button, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import type { Follow } from '@shared/follows'
import { LoadError } from '@/components/StatusView/LoadError'
import { useStores } from '@/stores/context'
import { FollowsStore } from './FollowsStore'

/**
 * 关注的问题类型 on the district's first screen (issue 20): tap a category to follow it across the
 * streets; a followed one can be narrowed to some streets. The digest arrives in 消息 each morning.
 */
export const FollowsSection = observer(function FollowsSection() {
  const root = useStores()
  const [store] = useState(() => new FollowsStore(root.services.cloud))
  useEffect(() => store.load(), [store])
  const v = store.view
  return (
    <View className='card dashboard__follows'>
      <Text className='card-title'>关注的问题类型</Text>
      <Text className='dashboard__def'>
        每天 8:30 把前一天各街道的新增、超时和未办结件数发到「消息」。
      </Text>
      {v.value ? (
        <FollowList store={store} />
      ) : v.status === 'error' ? (
        <LoadError error={v.error} onRetry={() => store.load()} />
      ) : (
        <Text className='muted'>加载中…</Text>
      )}
    </View>
  )
})

const FollowList = observer(function FollowList({ store }: { store: FollowsStore }) {
  const { follows, categories } = store.view.value!
  return (
    <>
      {follows.length ? (
        follows.map((f) => <Followed key={f.category} store={store} f={f} />)
      ) : (
        <Text className='muted dashboard__follows-empty'>
          还没有关注任何问题类型：点下面的类型即可关注。
        </Text>
      )}
      <View className='dashboard__chips'>
        {categories
          .filter((c) => !store.followed(c.key))
          .map((c) => (
            <Text
              key={c.key}
              className='chip dashboard__follow-add'
              onClick={() => void store.toggle(c.key)}
            >
              ＋ {c.label}
            </Text>
          ))}
      </View>
      {store.busy ? <Text className='muted'>保存中…</Text> : null}
      {store.error ? <Text className='notice dashboard__follows-error'>{store.error}</Text> : null}
    </>
  )
})

/** One followed category: its streets (tap to narrow or widen) and 取消关注. */
const Followed = observer(function Followed({ store, f }: { store: FollowsStore; f: Follow }) {
  const streets = store.view.value?.streets ?? []
  const on = (id: string) => !f.streetIds.length || f.streetIds.includes(id)
  return (
    <View className='dashboard__follow' data-category={f.category}>
      <Text className='dashboard__follow-title'>
        {f.label}（{store.scopeText(f)}）
      </Text>
      <View className='dashboard__chips'>
        {streets.map((s) => (
          <Text
            key={s.id}
            className={`chip ${on(s.id) ? 'chip--on' : ''}`}
            onClick={() => void store.toggleStreet(f.category, s.id)}
          >
            {s.name}
          </Text>
        ))}
        <Button
          className='dashboard__unfollow'
          disabled={store.busy !== null || undefined}
          onClick={() => void store.toggle(f.category)}
        >
          取消关注
        </Button>
      </View>
    </View>
  )
})
