import { Button, Picker, Text, Textarea, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useStores } from '@/stores/context'
import type { BulkAction, DeskStore } from './DeskStore'

const LABEL: Record<BulkAction, string> = { dispatch: '派单', urge: '催办' }

/** The ticked rows' bulk 派单/催办: choose, confirm with the numbers listed, see what happened. */
function BulkBar({ desk }: { desk: DeskStore }) {
  const handlers = useStores().reference.handlers.value ?? []
  const n = desk.checked.size
  const { bulk, bulkOutcome: out } = desk
  return (
    <View className='desk__bulk'>
      {n && !bulk ? (
        <View className='desk__bulk-bar'>
          <Text>已选 {n} 条</Text>
          <Button size='mini' onClick={() => desk.startBulk('dispatch')}>
            批量派单
          </Button>
          <Button size='mini' onClick={() => desk.startBulk('urge')}>
            批量催办
          </Button>
          <Text className='desk__link' onClick={() => desk.toggleAll()}>
            取消选择
          </Text>
        </View>
      ) : null}
      {bulk ? (
        <View className='desk__confirm' role='dialog' aria-label={`确认批量${LABEL[bulk]}`}>
          <Text className='desk__confirm-title'>
            确认对以下 {n} 条报事{LABEL[bulk]}？
          </Text>
          <Text className='desk__no'>{desk.checkedRows.map((r) => r.no).join('、')}</Text>
          {bulk === 'dispatch' ? (
            <Picker
              mode='selector'
              range={handlers.map((h) => `${h.kind === 'grid' ? '网格' : '物业'}：${h.name}`)}
              onChange={(e) => desk.setBulkTo(handlers[Number(e.detail.value)] ?? null)}
            >
              <View className='chip'>{desk.bulkTo?.name ?? '派给哪个网格或物业公司'} ▾</View>
            </Picker>
          ) : null}
          <Textarea
            className='desk__note'
            placeholder={bulk === 'urge' ? '催办说明（可选），如：请今天内处理' : '备注（可选）'}
            value={desk.bulkNote}
            onInput={(e) => desk.setBulkNote(e.detail.value)}
          />
          <View className='desk__bulk-bar'>
            <Button
              size='mini'
              className='btn-primary'
              loading={desk.bulkBusy}
              onClick={() => void desk.runBulk()}
            >
              确认{LABEL[bulk]}
            </Button>
            <Button size='mini' onClick={() => desk.cancelBulk()}>
              取消 (Esc)
            </Button>
          </View>
        </View>
      ) : null}
      {out ? (
        <View className='desk__outcome' role='status'>
          {out.done ? <Text>已完成 {out.done} 条。</Text> : null}
          {out.failed.map((f) => (
            <Text key={f.no} className='field__error'>
              {f.no ? `${f.no}：` : ''}
              {f.message}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}

export default observer(BulkBar)
