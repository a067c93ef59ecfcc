import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import { ApplicationView } from '@/components/ApplicationView'
import { useApplication } from '@/components/ApplicationView/useApplication'
import { rolePage } from '@/components/RoleGate'
import { useStores } from '@/stores/context'
import { ReviewActions } from './ReviewActions'
import { ReviewStore } from './ReviewStore'
import './index.css'
import { pageWhile } from '@/components/StatusView'

/** 审核申请: the whole application (ID number unmasked only here) and the decision buttons. */
function ReviewPage() {
  const { services } = useStores()
  const { detail, load } = useApplication()
  const [review] = useState(() => new ReviewStore(services.cloud, detail))
  const a = detail.value
  const wait = pageWhile(detail, () => void load())
  if (wait || !a) return wait
  return (
    <View className='page'>
      <ReviewActions a={a} store={review} />
      <ApplicationView a={a} />
    </View>
  )
}

export default rolePage('office', observer(ReviewPage))
