/** Type-only entry; Taro picks pick.weapp.ts or pick.h5.ts at build time. */

/**
 * Lets the resident take or choose up to `max` photos. Resolves with what `compressPhoto` takes
 * (weapp temp paths, H5 Files), or an empty list when they cancel. Call it inside a tap handler.
 */
export declare function pickPhotos(max: number): Promise<Array<Blob | string>>
