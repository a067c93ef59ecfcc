import { Text, View } from '@tarojs/components'
import './index.css'

interface Props {
  phrases: readonly string[]
  /** A chip was tapped: the form inserts its text into the box (where it stays editable). */
  onPick: (phrase: string) => void
}

/** 常用语: the office's canned replies for this action, one tap each; nothing when there are none. */
export default function PhraseChips({ phrases, onPick }: Props) {
  if (!phrases.length) return null
  return (
    <View className='phrase-chips' role='group' aria-label='常用语'>
      <Text className='phrase-chips__label'>常用语</Text>
      {phrases.map((p) => (
        <View
          key={p}
          role='button'
          aria-label={`插入常用语：${p}`}
          className='chip phrase-chips__chip'
          onClick={() => onPick(p)}
        >
          {p}
        </View>
      ))}
    </View>
  )
}
