import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { ApplicationView } from '@/components/ApplicationView'
import { useApplication } from '@/components/ApplicationView/useApplication'
import { useStores } from '@/stores/context'
import { ReviewActions } from './ReviewActions'
import './index.css'
import { PageStatus } from '@/components/StatusView'

/** 审核申请: the whole application (ID number unmasked only here) and the decision buttons. */
function ReviewPage() {
  const { services } = useStores()
  const { id } = useRouter().params
  const { a, set, error } = useApplication(services.cloud, id)
  if (error || !a) return <PageStatus error={error} />
  return (
    <View className='page'>
      <ReviewActions a={a} cloud={services.cloud} onDone={set} />
      <ApplicationView a={a} cloud={services.cloud} />
    </View>
  )
}

export default observer(ReviewPage)
