import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pageUrl } from '@shared/routes'

/**
 * 代居民报事: the grid worker's and the office's way in to file for a resident who phoned or
 * came in (the report form with its 代报对象 section). Its own component so 我的 stays the
 * role-trimmed menu it is.
 */
export default function StaffProxyEntry({ role }: { role: string }) {
  if (role !== 'grid_worker' && role !== 'office') return null
  return (
    <View
      className='me__menu-item'
      onClick={() =>
        void Taro.navigateTo({ url: pageUrl('report', { target: 'grid', behalf: '1' }) })
      }
    >
      <Text>代居民报事</Text>
      <Text className='muted'>›</Text>
    </View>
  )
}
