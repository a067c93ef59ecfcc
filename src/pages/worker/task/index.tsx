import { rolePage } from '@/components/RoleGate'
import ReportScreen from '@/components/ReportView/ReportScreen'

/** 任务详情 for the grid worker or property staff: accept, handle, transfer, escalate, resolve. */
export default rolePage('staff', ReportScreen)
