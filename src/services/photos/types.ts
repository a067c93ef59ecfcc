/** A photo ready to upload: the compressed file (H5 Blob or weapp temp path) and what it measures. */
export interface CompressedPhoto {
  file: Blob | string
  bytes: number
  width: number
  height: number
  /** Something an <Image> can show before the upload finishes. */
  previewUrl: string
}
