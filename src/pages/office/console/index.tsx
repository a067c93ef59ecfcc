import { ComingSoon } from '@/components/ComingSoon'

export default function Page() {
  return (
    <ComingSoon
      title='街道工作台'
      purpose='街道工作人员在此审核派单、处理吹哨、审核证明申请、查看数据。'
    />
  )
}
