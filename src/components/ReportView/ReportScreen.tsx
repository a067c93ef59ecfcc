import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import ReportActions from '@/components/ReportActions'
import { ReportView } from './index'
import { useReport } from './useReport'

/**
 * A whole report page: what the viewer may do now on top, then the report. The resident's,
 * the handler's and the office's pages are this, seen with their own permissions.
 */
function ReportScreen() {
  const { report, error, setReport, cloud } = useReport()
  if (error)
    return (
      <View className='page'>
        <View className='card'>
          <Text>{error}</Text>
        </View>
      </View>
    )
  if (!report)
    return (
      <View className='page'>
        <Text className='muted'>加载中…</Text>
      </View>
    )
  return (
    <View className='page'>
      {report.actions.includes('confirm') ? (
        <View className='notice'>
          工作人员已办结，请确认问题是否解决并评价；3 天内未回复将自动办结。
        </View>
      ) : null}
      <ReportActions report={report} onDone={setReport} />
      <ReportView report={report} cloud={cloud} />
    </View>
  )
}

export default observer(ReportScreen)
