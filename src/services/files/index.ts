/** Type-only entry; Taro picks index.weapp.ts or index.h5.ts at build time. */
import type { FilePicker } from './types'

export declare const files: FilePicker
export type { FilePicker, PickedFile } from './types'
