/**
 * Type-only entry: Taro resolves `@/services/recorder` to `index.weapp.ts` or `index.h5.ts` by
 * TARO_ENV at build time, so this file is never bundled.
 */
import type { RecorderService } from './types'

export declare const recorder: RecorderService
export type { Recording, RecorderService } from './types'
