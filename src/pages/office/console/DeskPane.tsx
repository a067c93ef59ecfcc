import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import ReportActions from '@/components/ReportActions'
import { ReportView } from '@/components/ReportView'
import { LoadError } from '@/components/StatusView/LoadError'
import type { DeskStore } from './DeskStore'

/** The cursor's report beside the table: what the office may do now, then the report. */
function DeskPane({ desk }: { desk: DeskStore }) {
  const detail = desk.detail
  if (!desk.cursor.open || !detail) {
    return (
      <View className='desk__pane desk__pane--empty'>
        <Text className='muted'>
          选中一条报事查看详情：单击，或用 j/k（↑/↓）移动、Enter 打开、Esc 关闭
        </Text>
      </View>
    )
  }
  const report = detail.value
  const retry = () => void detail.refresh().catch(() => undefined)
  return (
    <View className='desk__pane' aria-label='报事详情'>
      <View className='desk__pane-head'>
        <Text className='desk__no'>{report?.no ?? desk.current?.no}</Text>
        <Text className='desk__close' onClick={() => desk.close()}>
          关闭 (Esc)
        </Text>
      </View>
      {detail.status === 'error' ? <LoadError error={detail.error} onRetry={retry} /> : null}
      {report ? (
        // One report's own form state: a new report starts with a closed form.
        <View key={report.id}>
          <ReportActions report={report} onDone={(next) => desk.acted(next)} />
          <ReportView report={report} />
        </View>
      ) : detail.status === 'loading' ? (
        <Text className='muted'>加载中…</Text>
      ) : null}
    </View>
  )
}

export default observer(DeskPane)
