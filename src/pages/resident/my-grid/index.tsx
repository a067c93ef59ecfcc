import { ComingSoon } from '@/components/ComingSoon'

export default function Page() {
  return (
    <ComingSoon title='我的网格员' purpose='查看您所在网格的网格员，一键拨打电话或直接报事。' />
  )
}
