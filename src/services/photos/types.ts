/** A photo ready to upload: the compressed file (H5 Blob or weapp temp path) and what it measures. */
export interface CompressedPhoto {
  file: Blob | string
  bytes: number
  width: number
  height: number
  /** Something an <Image> can show before the upload finishes. */
  previewUrl: string
}

/**
 * Taking and shrinking photos, passed to the RootStore like the cloud client so pages and tests
 * never import the platform code (tests give a fake).
 */
export interface PhotoService {
  /**
   * Lets the user take or choose up to `max` photos: weapp temp paths, H5 Files, or an empty list
   * when they cancel. Call it inside a tap handler.
   */
  pick(max: number): Promise<Array<Blob | string>>
  /** Shrinks one picked photo to the upload policy's size. */
  compress(file: Blob | string): Promise<CompressedPhoto>
}
