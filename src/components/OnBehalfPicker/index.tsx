import { Button, Input, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { LoadError } from '@/components/StatusView/LoadError'
import type { OnBehalfStore } from '@/stores/OnBehalfStore'

interface Props {
  store: OnBehalfStore
  error?: string
  /** 代报对象 (a report) or 代办对象 (an application). */
  title?: string
}

/** 代报/代办对象: a resident at the chosen address, or a person entered by name and phone. */
function OnBehalfPicker({ store, error, title = '代报对象' }: Props) {
  return (
    <View className='card'>
      <Text className='card-title'>{title}</Text>
      <View className='field__actions'>
        <View
          className={`chip chip--big ${store.mode === 'account' ? 'chip--on' : ''}`}
          onClick={() => store.setMode('account')}
        >
          按地址查找居民
        </View>
        <View
          className={`chip chip--big ${store.mode === 'person' ? 'chip--on' : ''}`}
          onClick={() => store.setMode('person')}
        >
          居民未用小程序
        </View>
      </View>
      {store.mode === 'account' ? (
        <View>
          <Text className='muted'>先在下方选好居民住的楼栋、单元和房号，再查找</Text>
          <Button
            size='mini'
            loading={store.status === 'loading'}
            onClick={() => void store.lookUp()}
          >
            查找此地址的居民
          </Button>
          {store.status === 'error' ? (
            <LoadError error={store.error} onRetry={() => void store.lookUp()} />
          ) : null}
          {store.status === 'ready' && !store.found.length ? (
            <Text className='muted'>这个地址没有绑定的居民，可改为“居民未用小程序”</Text>
          ) : null}
          {store.found.map((r) => (
            <View
              key={r.openid}
              className={`chip chip--big ${store.chosen === r.openid ? 'chip--on' : ''}`}
              onClick={() => store.choose(r)}
            >
              {`${r.name} ${r.phone || '未绑定手机'} · ${r.address}`}
            </View>
          ))}
        </View>
      ) : (
        <View>
          <Input
            className='report-actions__input'
            placeholder='居民姓名'
            value={store.name}
            onInput={(e) => store.setPerson('name', e.detail.value)}
          />
          <Input
            className='report-actions__input'
            type='number'
            placeholder='居民手机号（每一步请电话告知）'
            value={store.phone}
            onInput={(e) => store.setPerson('phone', e.detail.value)}
          />
          {store.personError ? <Text className='field__error'>{store.personError}</Text> : null}
        </View>
      )}
      {error ? <Text className='field__error'>{error}</Text> : null}
    </View>
  )
}

export default observer(OnBehalfPicker)
