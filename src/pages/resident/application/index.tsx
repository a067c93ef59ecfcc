import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { ApplicationView } from '@/components/ApplicationView'
import { useApplication } from '@/components/ApplicationView/useApplication'
import { pageUrl } from '@shared/routes'
import { pageWhile } from '@/components/StatusView'
import { usePageClass } from '@/components/ElderMode/usePageClass'

/** 我的申请: progress, the reviewer's reason or request, and the certificate once issued. */
function ApplicationPage() {
  const pageClass = usePageClass()
  const { detail, load } = useApplication()
  const a = detail.value
  const wait = pageWhile(detail, () => void load())
  if (wait || !a) return wait
  return (
    <View className={pageClass}>
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
