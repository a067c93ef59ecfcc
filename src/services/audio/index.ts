/** Type-only entry: Taro resolves `@/services/audio` to `index.weapp.ts` or `index.h5.ts`. */
import type { AudioService } from './types'

export declare const audio: AudioService
export type { AudioService, Player, PlayerEvents } from './types'
