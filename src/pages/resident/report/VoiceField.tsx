import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useRef } from 'react'
import { clock } from '@shared/voice'
import VoicePlayer from '@/components/VoicePlayer'
import type { VoiceClip } from './VoiceClip'

/**
 * 按住说话 (issue 19 point 4): hold to record, let go to stop — or, for a screen reader or a
 * mouse, tap once to start and again to stop. Up to 60 s; then replay or delete it. With a clip
 * the typed description is optional.
 */
function VoiceField({ voice, error }: { voice: VoiceClip; error?: string }) {
  // A touch is followed by a click: the click after a hold must not start a second recording.
  const touched = useRef(0)
  const recording = voice.state === 'recording' || voice.state === 'starting'
  const hold = () => {
    touched.current = Date.now()
    void voice.start()
  }
  const release = () => {
    touched.current = Date.now()
    voice.stop()
  }
  const tap = () => {
    if (Date.now() - touched.current < 800) return
    if (recording) voice.stop()
    else void voice.start()
  }
  return (
    <View className='card voice-field'>
      <Text className='card-title'>语音描述（不方便打字可以说）</Text>
      {voice.state === 'ready' || (voice.state === 'failed' && voice.url) ? (
        <View>
          <VoicePlayer src={voice.url} seconds={voice.seconds} label='我的语音' />
          <View className='field__actions'>
            {voice.state === 'failed' ? (
              <View role='button' className='chip chip--big' onClick={() => void voice.upload()}>
                重新上传
              </View>
            ) : null}
            <View role='button' className='chip chip--big' onClick={() => voice.remove()}>
              删除语音
            </View>
          </View>
        </View>
      ) : voice.state === 'uploading' ? (
        <Text className='field__value' aria-live='polite'>
          语音上传中…
        </Text>
      ) : (
        <View
          role='button'
          aria-pressed={recording}
          aria-label={
            recording
              ? '正在录音，松开或再点一下结束'
              : '按住说话，松开结束；也可点一下开始，再点一下结束'
          }
          className={`voice-field__hold ${recording ? 'voice-field__hold--on' : ''}`}
          onTouchStart={hold}
          onTouchEnd={release}
          onTouchCancel={release}
          onClick={tap}
        >
          {recording
            ? `● 正在录音 ${clock(voice.elapsed)} / ${clock(voice.maxSeconds)}，松开结束`
            : '按住说话'}
        </View>
      )}
      {voice.error ? <Text className='field__error'>{voice.error}</Text> : null}
      {error && error !== voice.error ? <Text className='field__error'>{error}</Text> : null}
    </View>
  )
}

export default observer(VoiceField)
