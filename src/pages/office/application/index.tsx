import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
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
import { pageUrl } from '@shared/routes'
import { usePageKeys, useWide } from '../console/useDesk'
import { isQueueKey, neighbour } from '../applications/queue'

/** 审核申请: the whole application (ID number unmasked only here) and the decision buttons. */
function ReviewPage() {
  const { services } = useStores()
  const { detail, load } = useApplication()
  const [review] = useState(() => new ReviewStore(services.cloud, detail))
  const a = detail.value
  const wide = useWide()
  // At the desk j/k step to the next / previous application of the queue the list showed.
  usePageKeys(isQueueKey, (k) => {
    const next = wide && a && k !== 'Enter' ? neighbour(a.id, k) : ''
    if (next) void Taro.redirectTo({ url: pageUrl('review', { id: next }) })
  })
  const wait = pageWhile(detail, () => void load())
  if (wait || !a) return wait
  return (
    <View className='page'>
      <ReviewActions a={a} store={review} />
      <ApplicationView a={a} desk={wide} />
    </View>
  )
}

export default rolePage('office', observer(ReviewPage))
