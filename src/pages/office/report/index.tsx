import { rolePage } from '@/components/RoleGate'
import ReportScreen from '@/components/ReportView/ReportScreen'

/** The street office's view of one report: dispatch, reject, merge, assign a department, urge. */
export default rolePage('office', ReportScreen)
