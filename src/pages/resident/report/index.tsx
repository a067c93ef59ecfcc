import { ComingSoon } from '@/components/ComingSoon'

export default function Page() {
  return <ComingSoon title='一键报事' purpose='拍照上报楼道、路灯、下水道等问题，直达网格员或物业，并随时查看办理进度。' />
}
