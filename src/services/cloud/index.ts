/**
 * Type-only entry: Taro resolves `@/services/cloud` to `index.weapp.ts` or `index.h5.ts` by
 * TARO_ENV at build time, so this file is never bundled. Tests pass fakes to the stores instead.
 */
import type { CloudClient } from './types'

export declare const cloud: CloudClient
export type { CloudClient, DemoIdentity, LocalAuth, ProgressFn } from './types'
