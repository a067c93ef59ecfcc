import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import type { PhotoSlot, PhotoUploads } from '@/stores/PhotoUploads'
import './index.css'

interface Props {
  photos: PhotoUploads
  label?: string
}

function statusText(s: PhotoSlot): string {
  if (s.status === 'compressing') return '压缩中…'
  if (s.status === 'uploading') return `上传 ${Math.round(s.progress * 100)}%`
  if (s.status === 'failed') return '上传失败'
  // Offline: kept on the device, it goes up with the report once the network is back.
  if (s.status === 'waiting') return '待上传'
  return ''
}

/**
 * Photos as big tiles: each shows its own progress; a failed one offers 重试 and 删除; one taken
 * offline shows 待上传 (kept on the device, not failed).
 */
function PhotoGrid({ photos, label = '添加照片' }: Props) {
  const preview = (s: PhotoSlot) => {
    const urls = photos.slots.map((p) => p.previewUrl).filter(Boolean)
    if (s.previewUrl) void Taro.previewImage({ current: s.previewUrl, urls })
  }
  return (
    <View className='photo-grid'>
      {photos.slots.map((s, i) => (
        <View key={s.id} className={`photo-grid__tile photo-grid__tile--${s.status}`}>
          {s.previewUrl ? (
            <Image
              className='photo-grid__img'
              src={s.previewUrl}
              mode='aspectFill'
              onClick={() => preview(s)}
            />
          ) : (
            <View className='photo-grid__img photo-grid__placeholder' />
          )}
          {s.status !== 'done' ? (
            <View className='photo-grid__status'>
              <Text>{statusText(s)}</Text>
              {s.status === 'uploading' ? (
                <View className='photo-grid__bar'>
                  <View
                    className='photo-grid__bar-fill'
                    style={{ width: `${Math.round(s.progress * 100)}%` }}
                  />
                </View>
              ) : null}
              {s.status === 'failed' && s.file ? (
                <Text className='photo-grid__retry' onClick={() => void photos.retry(s.id)}>
                  重试
                </Text>
              ) : null}
            </View>
          ) : null}
          <Text
            className='photo-grid__remove'
            aria-label={`删除第${i + 1}张照片`}
            onClick={() => photos.remove(s.id)}
          >
            ×
          </Text>
        </View>
      ))}
      {photos.remaining > 0 ? (
        <View
          className='photo-grid__tile photo-grid__add'
          onClick={() => void photos.pick()} // in the tap itself: a user gesture opens the picker
          hoverClass='photo-grid__add--pressed'
        >
          <Text className='photo-grid__plus'>＋</Text>
          <Text className='photo-grid__add-label'>{label}</Text>
          <Text className='muted'>
            {photos.slots.length}/{photos.max}
          </Text>
        </View>
      ) : null}
    </View>
  )
}

export default observer(PhotoGrid)
