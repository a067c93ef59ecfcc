import type { MyCard } from '@shared/contracts/grid'
import { newId } from '@shared/ids'
import { uploadPath } from '@shared/uploads'
import type { Services } from '@/stores/RootStore'

/** 我的名片's calls: the card, its save, and a new photo (picked, shrunk, uploaded to my folder). */
export class CardStore {
  constructor(private readonly services: Pick<Services, 'cloud' | 'photos'>) {}
  load = (): Promise<MyCard> => this.services.cloud.call('grid.myCard', {})
  save = (c: MyCard) => {
    const { photo, phone, wechatId, title, duties, hours, onLeave } = c
    return this.services.cloud.call('grid.saveCard', {
      photo,
      phone,
      wechatId,
      title,
      duties,
      hours,
      onLeave,
    })
  }
  /** The uploaded fileID and a preview, or null when the user cancelled. */
  async pickPhoto(openid: string): Promise<{ fileID: string; preview: string } | null> {
    const [file] = await this.services.photos.pick(1)
    if (!file) return null
    const small = await this.services.photos.compress(file)
    const path = uploadPath(openid, newId('p'), new Date())
    return {
      fileID: await this.services.cloud.uploadFile(small.file, path),
      preview: small.previewUrl,
    }
  }
}
