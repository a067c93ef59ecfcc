import { isOpenState } from '@shared/reports'
import GrantBanner from '@/components/GrantBanner'
import ReportScreen from '@/components/ReportView/ReportScreen'

/**
 * 报事详情 for the resident: status, photos, the handler (call), the timeline; confirm and rate.
 * A report still being handled whose reminders are used up offers to turn them on again (受理 and
 * 办结 in one prompt), so 已办结，请评价 can still reach the resident.
 */
export default function ReportDetailPage() {
  return (
    <ReportScreen
      banner={(r) =>
        isOpenState(r.state) ? (
          <GrantBanner
            label='接收办理进度提醒'
            templates={['reportStatus', 'reportDone']}
            onlyWhenOut
          />
        ) : null
      }
    />
  )
}
