/** Type-only entry; Taro picks index.weapp.ts or index.h5.ts at build time. */
import type { CompressedPhoto, PhotoService } from './types'

export declare function compressPhoto(file: Blob | string): Promise<CompressedPhoto>
export declare const photos: PhotoService
export type { CompressedPhoto, PhotoService } from './types'
