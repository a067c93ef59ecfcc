import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { clock } from '@shared/voice'
import { useStores } from '@/stores/context'
import { VoicePlayerStore } from '@/stores/VoicePlayerStore'
import './index.css'

const SAID: Record<VoicePlayerStore['state'], string> = {
  idle: '',
  loading: '正在加载语音…',
  playing: '正在播放',
  paused: '已暂停',
  ended: '播放完毕',
  error: '语音暂时无法播放，请稍后重试',
}

/**
 * A voice clip: one big 播放/暂停 button (its state in words, not just an icon), where it is and
 * how long it is; the state is read out as it changes (aria-live).
 */
function VoicePlayer({ src, seconds, label = '居民的语音描述' }: Props) {
  const { services } = useStores()
  const [player] = useState(() => new VoicePlayerStore(services.audio, seconds))
  useEffect(() => player.setSource(src), [player, src])
  useEffect(() => () => player.dispose(), [player])
  const total = clock(player.duration)
  return (
    <View className='voice-player'>
      <View
        role='button'
        className='voice-player__button'
        aria-label={`${player.playing ? '暂停' : '播放'}${label}，共 ${total}`}
        onClick={() => player.toggle()}
      >
        {player.playing ? '❚❚ 暂停' : '▶ 播放'}
      </View>
      <View className='voice-player__text'>
        <Text className='voice-player__label'>{label}</Text>
        <Text className='voice-player__time'>
          {clock(player.position)} / {total}
        </Text>
        <Text className='voice-player__state' aria-live='polite'>
          {SAID[player.state]}
        </Text>
      </View>
    </View>
  )
}

interface Props {
  /** A URL the platform can play (a stored clip's temporary URL, or the recording on the device). */
  src: string
  seconds: number
  label?: string
}

export default observer(VoicePlayer)
