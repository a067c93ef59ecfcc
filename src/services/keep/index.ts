/** Type-only entry; Taro picks index.weapp.ts or index.h5.ts at build time. */

/**
 * Keeps a picked photo on the device beyond the current page (weapp temp files vanish when the
 * app closes; H5 Blobs vanish with the tab), so a draft waiting to be sent keeps its photos.
 * Returns a string the draft can store; `restore` gives back what `uploadFile` takes.
 */
export declare function keepFile(file: Blob | string): Promise<string>
export declare function restoreFile(kept: string): Promise<Blob | string>
export declare function dropFile(kept: string): void
