import type { MyGrid } from '@shared/contracts/grid'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'

/** 我的网格员, or another grid's (from the map: then without phone numbers). */
export const myGrid = (cloud: CloudClient, gridId?: string) =>
  new Cached<MyGrid>(() => cloud.call('grid.mine', gridId ? { gridId } : {}))
