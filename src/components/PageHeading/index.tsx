import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useStores } from '@/stores/context'
import './index.css'

/**
 * A page's main heading (level 1) for pages whose content has no section title to serve as one.
 * H5 has no navigation bar, so without it such a page has no visible title at all; in weapp the
 * navigation bar shows the title in standard mode, so the page repeats it only in 长辈版, where the
 * bar's small type is below the 30 px a main heading needs (工信部 适老化规范).
 */
function PageHeading({ title }: { title: string }) {
  const { display } = useStores()
  if (process.env.TARO_ENV !== 'h5' && !display.elder) return null
  return (
    <View className='page-heading' role='heading' aria-level={1}>
      {title}
    </View>
  )
}

export default observer(PageHeading)
