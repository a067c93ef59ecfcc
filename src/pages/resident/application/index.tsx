import { Button, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { ApplicationView } from '@/components/ApplicationView'
import { useApplication } from '@/components/ApplicationView/useApplication'
import { useStores } from '@/stores/context'
import { PageStatus } from '@/components/StatusView'

/** 我的申请: progress, the reviewer's reason or request, and the certificate once issued. */
function ApplicationPage() {
  const { services } = useStores()
  const { id } = useRouter().params
  const { a, error } = useApplication(services.cloud, id)
  if (error || !a) return <PageStatus error={error} />
  return (
    <View className='page'>
      <ApplicationView a={a} cloud={services.cloud} />
      {a.actions.includes('resubmit') ? (
        <Button
          className='btn-primary'
          onClick={() =>
            void Taro.navigateTo({ url: `/pages/resident/apply-form/index?id=${a.id}` })
          }
        >
          {a.state === 'needMaterial' ? '补充材料' : '修改后重新提交'}
        </Button>
      ) : null}
    </View>
  )
}

export default observer(ApplicationPage)
