import { ComingSoon } from '@/components/ComingSoon'

export default function Page() {
  return <ComingSoon title='任务收件箱' purpose='网格员、物业人员在此接收、受理、办结居民报事。' />
}
