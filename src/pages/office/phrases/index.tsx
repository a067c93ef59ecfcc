import { Button, Input, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import { PHRASE_KEYS, PHRASE_LISTS, PHRASE_MAX, PHRASES_PER_LIST } from '@shared/phrases'
import { named } from '@/components/a11y'
import { rolePage } from '@/components/RoleGate'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import { useNotice } from '@/components/Notice/useNotice'
import PageHeading from '@/components/PageHeading'
import { pageWhile } from '@/components/StatusView'
import { useStores } from '@/stores/context'
import { PhrasesEditor } from './PhrasesEditor'
import './index.css'

/**
 * 常用语 (street office): the canned replies of each action where staff type a note or reason.
 * One action's list at a time; saved whole, so the order here is the order of the chips.
 */
function PhrasesPage() {
  const pageClass = usePageClass()
  const notice = useNotice()
  const { services, reference } = useStores()
  const [editor] = useState(() => new PhrasesEditor(services.cloud, reference.phrases))
  const [text, setText] = useState('')
  const load = () => void reference.phrases.reload()
  useDidShow(load)
  const wait = pageWhile(reference.phrases, load)
  if (wait) return wait
  const { list } = editor
  const save = async () => {
    if (await editor.save()) notice.tell('已保存')
  }
  return (
    <View className={pageClass}>
      <PageHeading title='常用语' />
      <View className='field__actions phrases__keys'>
        {PHRASE_KEYS.map((k) => (
          <View
            key={k}
            role='button'
            aria-pressed={editor.key === k}
            className={`chip ${editor.key === k ? 'chip--on' : ''}`}
            onClick={() => editor.select(k)}
          >
            {PHRASE_LISTS[k].label}
          </View>
        ))}
      </View>
      <View className='card'>
        <Text className='muted'>
          {`「${PHRASE_LISTS[editor.key].label}」的常用语：最多 ${PHRASES_PER_LIST} 条，每条不超过 ${PHRASE_MAX} 字；填写时点一下即插入，仍可修改。`}
        </Text>
        {list.length ? null : <Text className='phrases__empty'>还没有常用语</Text>}
        {list.map((p, i) => (
          <View key={`${editor.key}-${i}`} className='phrases__row'>
            <Input
              {...named(`第 ${i + 1} 条常用语`)}
              className='field__input phrases__input'
              value={p}
              onInput={(e) => editor.edit(i, e.detail.value)}
            />
            {/* Only moves that can happen: a greyed-out button is unreadable and, on Taro's H5
                button, not announced as disabled. */}
            {i > 0 ? (
              <Button size='mini' onClick={() => editor.move(i, -1)}>
                上移
              </Button>
            ) : null}
            {i < list.length - 1 ? (
              <Button size='mini' onClick={() => editor.move(i, 1)}>
                下移
              </Button>
            ) : null}
            <Button size='mini' onClick={() => editor.remove(i)}>
              删除
            </Button>
          </View>
        ))}
        <View className='phrases__row'>
          <Input
            {...named('新的常用语')}
            className='field__input phrases__input'
            placeholder='新的常用语'
            value={text}
            onInput={(e) => setText(e.detail.value)}
          />
          <Button size='mini' onClick={() => editor.add(text) && setText('')}>
            添加
          </Button>
        </View>
        {editor.error ? <Text className='field__error'>{editor.error}</Text> : null}
        {/* 保存 appears once there is something to save (a greyed-out one is unreadable). */}
        {editor.dirty ? (
          <View className='field__actions'>
            <Button className='btn-primary' loading={editor.busy} onClick={() => void save()}>
              保存
            </Button>
            <Button onClick={() => editor.discard()}>放弃修改</Button>
          </View>
        ) : (
          <Text className='muted'>修改后在这里保存。</Text>
        )}
        {notice.status}
      </View>
    </View>
  )
}

export default rolePage('office', observer(PhrasesPage))
