import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pageUrl } from '@shared/routes'

const ENTRIES = [
  ['代居民报事', () => pageUrl('report', { target: 'grid', behalf: '1' })],
  ['代办证明', () => pageUrl('apply', { behalf: '1' })],
] as const

/**
 * 代居民报事 and 代办证明: the grid worker's and the office's way in to file for a resident who
 * phoned or came in (the report form with its 代报对象, the application form with its 代办对象).
 * Its own component so 我的 stays the role-trimmed menu it is.
 */
export default function StaffProxyEntry({ role }: { role: string }) {
  if (role !== 'grid_worker' && role !== 'office') return null
  return (
    <>
      {ENTRIES.map(([label, url]) => (
        <View
          key={label}
          className='me__menu-item'
          onClick={() => void Taro.navigateTo({ url: url() })}
        >
          <Text>{label}</Text>
          <Text className='muted'>›</Text>
        </View>
      ))}
    </>
  )
}
