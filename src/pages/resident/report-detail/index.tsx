import ReportScreen from '@/components/ReportView/ReportScreen'

/** 报事详情 for the resident: status, photos, the handler (call), the timeline; confirm and rate. */
export default ReportScreen
