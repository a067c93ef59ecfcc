import { encodeToFit } from '@shared/photo-policy'
import { pickPhotos } from './pick.h5'
import type { CompressedPhoto, PhotoService } from './types'

/** H5: decode the picked file, draw it on a canvas at the policy's size, re-encode as JPEG. */
export async function compressPhoto(file: Blob): Promise<CompressedPhoto> {
  const bitmap = await decode(file)
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('浏览器不支持图片压缩')
  const { out, width, height } = await encodeToFit(bitmap.width, bitmap.height, (w, h, q) => {
    canvas.width = w
    canvas.height = h
    ctx.fillStyle = '#ffffff' // transparent PNGs would turn black in JPEG
    ctx.fillRect(0, 0, w, h)
    ctx.drawImage(bitmap, 0, 0, w, h)
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('图片编码失败'))), 'image/jpeg', q),
    )
  })
  return { file: out, bytes: out.size, width, height, previewUrl: URL.createObjectURL(out) }
}

async function decode(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  // createImageBitmap honours EXIF orientation, so phone photos are not drawn sideways.
  if (typeof createImageBitmap === 'function') {
    return createImageBitmap(file, { imageOrientation: 'from-image' } as ImageBitmapOptions)
  }
  const url = URL.createObjectURL(file)
  const img = new Image()
  img.src = url
  await img.decode()
  return img
}

/** The app's photo service (h5): what the RootStore is given. */
export const photos: PhotoService = { pick: pickPhotos, compress: compressPhoto }
