import { useStores } from '@/stores/context'

/**
 * The class list of a page's root: `page`, the page's own block, and the display mode (长辈版 or
 * the WeChat font step). Call it at the top of an observer page, before any early return.
 */
export function usePageClass(block = ''): string {
  const { display } = useStores()
  return ['page', block, display.rootClass].filter(Boolean).join(' ')
}
