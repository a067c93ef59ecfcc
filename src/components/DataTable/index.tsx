import { ScrollView, Text, View } from '@tarojs/components'
import { isValidElement, type ReactNode } from 'react'
import './index.css'

/** A column of an on-screen table: its header and what it shows of a row. */
export interface TableColumn<T> {
  header: string
  /** Text, a number, or an element (the dashboard's count bar). */
  cell: (row: T) => ReactNode
  /** A class of this column's cells, e.g. a wider one for a bar. */
  className?: string
}

/**
 * The office's wide tables (ledger, dashboard): a header row, one row per item, the first column
 * wider, the whole table scrolling sideways on a phone. Each column says what it shows, so a
 * header and its values are written once, side by side.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  empty,
}: {
  columns: Array<TableColumn<T>>
  rows: readonly T[]
  rowKey: (row: T) => string
  /** Said instead of the table when there are no rows; without it the header stands alone. */
  empty?: string
}) {
  if (!rows.length && empty) return <Text className='muted'>{empty}</Text>
  const cls = (i: number, c: TableColumn<T>) =>
    `data-table__cell ${i === 0 ? 'data-table__cell--first' : ''} ${c.className ?? ''}`
  return (
    <ScrollView scrollX>
      <View className='data-table'>
        <View className='data-table__row data-table__row--head'>
          {columns.map((c, i) => (
            <Text key={i} className={cls(i, c)}>
              {c.header}
            </Text>
          ))}
        </View>
        {rows.map((r) => (
          <View key={rowKey(r)} className='data-table__row'>
            {columns.map((c, i) => {
              const v = c.cell(r)
              return isValidElement(v) ? (
                <View key={i} className={cls(i, c)}>
                  {v}
                </View>
              ) : (
                <Text key={i} className={cls(i, c)}>
                  {v}
                </Text>
              )
            })}
          </View>
        ))}
      </View>
    </ScrollView>
  )
}
