import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import { formatBeijing } from '@shared/time'
import { deadlineText, type SortKey } from './desk'
import type { DeskStore } from './DeskStore'

const COLUMNS: Array<[SortKey, string]> = [
  ['no', '编号'],
  ['createdAt', '受理时间'],
  ['category', '类型'],
  ['place', '地点'],
  ['handler', '责任方'],
  ['state', '状态'],
  ['deadline', '期限'],
  ['stars', '满意度'],
]

/** The desk's table: sortable headers, a tick per row for bulk steps, the keyboard cursor. */
function DeskTable({ desk, now }: { desk: DeskStore; now: number }) {
  const { sort, cursor } = desk
  const rows = desk.rows
  const all = rows.length > 0 && rows.every((r) => desk.checked.has(r.id))
  // The cursor row stays in view as j/k walk past the window's edge.
  useEffect(() => {
    document.querySelector('.desk__row--cursor')?.scrollIntoView?.({ block: 'nearest' })
  }, [cursor.row])
  return (
    <View className='desk__table' aria-label='报事列表'>
      <View className='desk__row desk__head'>
        <Text
          className='desk__check'
          aria-label={all ? '取消全选' : '全选'}
          onClick={() => desk.toggleAll()}
        >
          {all ? '☑' : '☐'}
        </Text>
        {COLUMNS.map(([key, label]) => (
          <Text
            key={key}
            className={`desk__th ${sort.key === key ? 'desk__th--on' : ''}`}
            onClick={() => desk.sortBy(key)}
          >
            {label}
            {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
          </Text>
        ))}
      </View>
      {rows.map((r, i) => (
        <View
          key={r.id}
          className={`desk__row ${i === cursor.row ? 'desk__row--cursor' : ''} ${
            r.overdue ? 'desk__row--overdue' : ''
          }`}
          onClick={() => desk.select(i)}
        >
          <Text
            className='desk__check'
            onClick={(e) => {
              e.stopPropagation()
              desk.toggle(r.id)
            }}
          >
            {desk.checked.has(r.id) ? '☑' : '☐'}
          </Text>
          <Text className='desk__no'>{r.no}</Text>
          <Text className='desk__time'>{formatBeijing(r.createdAt)}</Text>
          <Text>
            {r.urgency === 'urgent' ? '【急】' : ''}
            {r.categoryLabel}
          </Text>
          <Text className='desk__ellipsis'>{r.placeLabel}</Text>
          <Text className='desk__ellipsis'>{r.handlerName}</Text>
          <Text>{r.statusTag}</Text>
          <Text className={r.overdue ? 'desk__late' : ''}>{deadlineText(r, now)}</Text>
          <Text>{r.stars ? '★'.repeat(r.stars) : '—'}</Text>
        </View>
      ))}
    </View>
  )
}

export default observer(DeskTable)
