/** Type-only entry; Taro picks index.weapp.ts or index.h5.ts at build time. */
import type { CompressedPhoto } from './types'

export declare function compressPhoto(file: Blob | string): Promise<CompressedPhoto>
export type { CompressedPhoto } from './types'
