import { Image, Text, View } from '@tarojs/components'
import { useEffect } from 'react'

export interface ZoomFile {
  url: string
  label: string
}

/**
 * The desk's zoom on one attachment at full size: ←/→ (or the buttons) step through the
 * application's files, Esc or 关闭 closes. On a phone Taro.previewImage does this instead.
 */
export function ZoomView(props: {
  files: ZoomFile[]
  index: number
  onIndex: (i: number) => void
  onClose: () => void
}) {
  const { files, index, onIndex, onClose } = props
  const n = files.length
  const step = (d: number) => onIndex((index + d + n) % n)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose()
      else if (e.key === 'ArrowRight') onIndex((index + 1) % n)
      else if (e.key === 'ArrowLeft') onIndex((index - 1 + n) % n)
      else return
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [index, n, onIndex, onClose])
  const f = files[index]
  if (!f) return null
  return (
    <View className='zoom' aria-label='材料大图'>
      <View className='zoom__bar'>
        <Text>
          {f.label}（{index + 1}/{n}）
        </Text>
        <View className='chip' onClick={() => step(-1)}>
          ← 上一张
        </View>
        <View className='chip' onClick={() => step(1)}>
          下一张 →
        </View>
        <View className='chip' onClick={onClose}>
          关闭 Esc
        </View>
      </View>
      <Image className='zoom__img' src={f.url} mode='widthFix' />
    </View>
  )
}
