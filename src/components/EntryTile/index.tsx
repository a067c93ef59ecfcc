import { Text, View } from '@tarojs/components'
import './index.css'

interface Props {
  title: string
  desc: string
  /** Accent colour of the tile's mark; each entry has its own so elders find it again by colour. */
  color: string
  badge?: string
  onTap: () => void
}

/** A large, high-contrast tap target: residents in their sixties on small phones use these. */
export function EntryTile({ title, desc, color, badge, onTap }: Props) {
  return (
    <View
      className='entry-tile'
      role='button'
      aria-label={badge ? `${title}（${badge}）` : title}
      onClick={onTap}
      hoverClass='entry-tile--pressed'
    >
      <View className='entry-tile__mark' aria-hidden style={{ background: color }}>
        <Text className='entry-tile__mark-text'>{title.slice(0, 1)}</Text>
      </View>
      <View className='entry-tile__body'>
        <Text className='entry-tile__title'>{title}</Text>
        <Text className='entry-tile__desc'>{desc}</Text>
      </View>
      {badge ? <Text className='entry-tile__badge'>{badge}</Text> : null}
    </View>
  )
}
