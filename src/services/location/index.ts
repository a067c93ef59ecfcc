/**
 * Type-only entry: Taro resolves `@/services/location` to `index.weapp.ts` or `index.h5.ts` by
 * TARO_ENV at build time, so this file is never bundled. Both give GCJ-02 (see convert.ts).
 */
import type { LocationService } from './types'

export declare const location: LocationService
export type { LocationService } from './types'
