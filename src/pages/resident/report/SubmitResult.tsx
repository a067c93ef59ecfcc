import { Button, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { openPage } from '@/components/navigate'
import type { ReportFormStore } from './ReportFormStore'
import { PAGE } from '@shared/routes'

/** After the tap: sent (with its number and status), or kept on the phone as 待发送. */
function SubmitResult({ form }: { form: ReportFormStore }) {
  const sent = form.phase === 'sent'
  const r = form.result
  return (
    <View className='page'>
      <View className='card report__result'>
        <Text className='card-title'>{sent ? '提交成功' : '已保存为待发送'}</Text>
        {sent && r ? (
          <View>
            <Text className='report__status'>{r.statusTag}</Text>
            <Text className='muted'>编号 {r.no}</Text>
            <Text className='muted'>已送达：{r.handlerName}</Text>
          </View>
        ) : (
          <Text className='notice'>
            网络不给力，报事（含照片）已保存在手机上，联网后会自动发送，无需重新填写。
          </Text>
        )}
        <Button className='btn-primary' onClick={() => openPage('redirectTo', PAGE.myReports)}>
          查看我的报事
        </Button>
        <Button onClick={() => openPage('switchTab', PAGE.home)}>返回首页</Button>
      </View>
    </View>
  )
}

export default observer(SubmitResult)
