import { Text } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ReactNode } from 'react'
import type { ListState } from '@/stores/PagedList'
import { LoadError } from './LoadError'
import './index.css'

/**
 * Under a paged list: 加载中…, the error with 重试, what an empty list means (a text, or a card
 * with what to do), and `end` under the last page when given.
 */
function ListFooter({ list, empty, end }: { list: ListState; empty: ReactNode; end?: string }) {
  if (list.status === 'loading') return <Text className='muted list-foot'>加载中…</Text>
  if (list.status === 'error')
    return <LoadError error={list.error} onRetry={() => void list.refresh()} />
  if (list.status === 'ready' && !list.items.length)
    return typeof empty === 'string' ? (
      <Text className='muted list-foot'>{empty}</Text>
    ) : (
      <>{empty}</>
    )
  if (list.status === 'ready' && !list.hasMore && end)
    return <Text className='muted list-foot'>{end}</Text>
  return null
}

export default observer(ListFooter)
