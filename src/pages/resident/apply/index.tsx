import { ComingSoon } from '@/components/ComingSoon'

export default function Page() {
  return (
    <ComingSoon
      title='在线办事'
      purpose='在线申请居住证明、贫困证明，街道审核后出具可扫码核验的电子证明。'
    />
  )
}
