import { Button, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ReportFormStore } from './ReportFormStore'

/** Open reports of the same problem nearby: join one (也遇到了) or file a new report anyway. */
function DuplicateList({ form }: { form: ReportFormStore }) {
  return (
    <View className='card report__dups'>
      <Text className='card-title'>附近已有相同问题在处理</Text>
      <Text className='muted'>加入后，您也会收到处理进度，不用重复上报。</Text>
      {form.duplicates.map((d) => (
        <View key={d.id} className='report__dup'>
          <View className='report__dup-text'>
            <Text>
              {d.categoryLabel} · {d.statusTag}
            </Text>
            <Text className='muted'>
              {d.placeLabel}：{d.description}
            </Text>
            <Text className='muted'>已有 {d.followers + 1} 位居民反映</Text>
          </View>
          {d.mine ? (
            <Text className='muted'>您已报过</Text>
          ) : (
            <Button size='mini' className='btn-primary' onClick={() => void form.follow(d.id)}>
              也遇到了 +1
            </Button>
          )}
        </View>
      ))}
      <Button className='report__anyway' onClick={() => void form.submit(true)}>
        不是同一个问题，仍要提交
      </Button>
    </View>
  )
}

export default observer(DuplicateList)
