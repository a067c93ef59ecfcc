import type { PhotoService } from '@/services/photos/types'

/** A camera that always "takes" `picked`, and a compressor that keeps each file as it is. */
export function fakePhotos(picked: string[] = ['photo-1.jpg']): PhotoService {
  return {
    pick: async (max) => picked.slice(0, max),
    compress: async (f) => ({ file: f, bytes: 1, width: 1, height: 1, previewUrl: 'blob:x' }),
  }
}
