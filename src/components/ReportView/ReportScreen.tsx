import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ReactNode } from 'react'
import type { ReportDetail } from '@shared/contracts/report'
import ReportActions from '@/components/ReportActions'
import { pageWhile } from '@/components/StatusView'
import { LoadError } from '@/components/StatusView/LoadError'
import { ReportView } from './index'
import { useReport } from './useReport'

/**
 * A whole report page: what the viewer may do now on top, then the report. The resident's,
 * the handler's and the office's pages are this, seen with their own permissions.
 */
function ReportScreen({ banner }: { banner?: (report: ReportDetail) => ReactNode }) {
  const { detail, load } = useReport()
  const report = detail.value
  const wait = pageWhile(detail, load)
  if (wait || !report) return wait
  return (
    <View className='page'>
      {/* A reload that failed keeps the report shown, and says so. */}
      {detail.status === 'error' ? <LoadError error={detail.error} onRetry={load} /> : null}
      {report.actions.includes('confirm') ? (
        <View className='notice'>
          工作人员已办结，请确认问题是否解决并评价；3 天内未回复将自动办结。
        </View>
      ) : null}
      {banner?.(report)}
      <ReportActions report={report} onDone={(next) => detail.set(next)} />
      <ReportView report={report} />
    </View>
  )
}

export default observer(ReportScreen)
