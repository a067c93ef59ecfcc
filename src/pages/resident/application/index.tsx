import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { ApplicationView } from '@/components/ApplicationView'
import { useApplication } from '@/components/ApplicationView/useApplication'
import { PageStatus } from '@/components/StatusView'
import { LoadError } from '@/components/StatusView/LoadError'
import { pageUrl } from '@shared/routes'

/** 我的申请: progress, the reviewer's reason or request, and the certificate once issued. */
function ApplicationPage() {
  const { detail, load } = useApplication()
  const a = detail.value
  if (detail.status === 'error')
    return (
      <View className='page'>
        <LoadError error={detail.error} onRetry={() => void load()} />
      </View>
    )
  if (!a) return <PageStatus />
  return (
    <View className='page'>
      <ApplicationView a={a} />
      {a.actions.includes('resubmit') ? (
        <Button
          className='btn-primary'
          onClick={() => void Taro.navigateTo({ url: pageUrl('applyForm', { id: a.id }) })}
        >
          {a.state === 'needMaterial' ? '补充材料' : '修改后重新提交'}
        </Button>
      ) : null}
    </View>
  )
}

export default observer(ApplicationPage)
