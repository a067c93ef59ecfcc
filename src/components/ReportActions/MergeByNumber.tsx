import { Button, Input, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { formatBeijing } from '@shared/time'
import type { DuplicateLookup } from '@/stores/DuplicateLookup'

type Side = Pick<
  ReportSummary,
  'no' | 'categoryLabel' | 'placeLabel' | 'statusTag' | 'createdAt' | 'description' | 'handlerName'
>

function Card({ title, r }: { title: string; r: Side }) {
  return (
    <View className='merge__side'>
      <Text className='merge__title'>{title}</Text>
      <Text className='merge__no'>{r.no}</Text>
      <Text>
        {r.categoryLabel} · {r.statusTag}
      </Text>
      <Text className='muted'>
        {r.placeLabel} · {r.handlerName}
      </Text>
      <Text className='muted'>{formatBeijing(r.createdAt)}</Text>
      <Text>{r.description}</Text>
    </View>
  )
}

/** 合并为重复: the other report by its number (BS…), then both side by side before merging. */
function MergeByNumber({ report, lookup }: { report: ReportDetail; lookup: DuplicateLookup }) {
  return (
    <View className='merge'>
      <View className='merge__find'>
        <Input
          className='report-actions__input merge__input'
          placeholder='与之重复的报事编号，如 BS20261123-4821'
          value={lookup.no}
          onInput={(e) => lookup.setNo(e.detail.value)}
          onConfirm={() => void lookup.find(report.id)}
        />
        <Button size='mini' loading={lookup.busy} onClick={() => void lookup.find(report.id)}>
          查找
        </Button>
      </View>
      {lookup.error ? <Text className='field__error'>{lookup.error}</Text> : null}
      {lookup.found ? (
        <View className='merge__pair'>
          <Card title='本条（将标为重复）' r={report} />
          <Card title='保留的那条' r={lookup.found} />
        </View>
      ) : null}
    </View>
  )
}

export default observer(MergeByNumber)
