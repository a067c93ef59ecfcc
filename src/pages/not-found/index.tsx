import { Button, Text, View } from '@tarojs/components'
import { PAGE } from '@shared/routes'
import { openPage } from '@/components/navigate'

/** Where an unknown address lands (app.tsx's onPageNotFound): say so, and the way back. */
export default function NotFoundPage() {
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card-title'>页面不存在</Text>
        <Text className='muted'>链接可能有误，或页面已移动。</Text>
        <Button className='btn-primary' onClick={() => openPage('switchTab', PAGE.home)}>
          返回首页
        </Button>
      </View>
    </View>
  )
}
