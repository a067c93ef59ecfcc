import { claimFiles, PHOTO_CLAIM } from '@server/claim'
import { checkText } from '@server/content-check'
import type { Cloud, UserDoc } from '@server/context'
import { COLL, findById } from '@server/db'
import type { Action } from '@server/router'
import type { MyCard } from '@shared/contracts/grid'
import { AppError } from '@shared/errors'
import { validateCard, type CardEdit, type StaffCard } from '@shared/grid/card'

const CARD_ROLES = ['grid_worker', 'property_staff'] as const

type CardRow = UserDoc & { onLeave?: boolean }

/** A short-lived URL for a card photo (a claimed fileID): anyone who may see the card may see it. */
export async function photoUrl(cloud: Cloud, fileID: string | undefined): Promise<string> {
  if (!fileID) return ''
  const { fileList } = (await cloud.getTempFileURL({
    fileList: [{ fileID, maxAge: 600 }],
  })) as { fileList: Array<{ tempFileURL?: string }> }
  return fileList[0]?.tempFileURL ?? ''
}

function cardOf(u: CardRow): StaffCard {
  return {
    photo: u.photo ?? '',
    phone: u.phone ?? '',
    wechatId: u.wechatId ?? '',
    title: u.title ?? '',
    duties: u.duties ?? '',
    hours: u.hours ?? '',
    onLeave: u.onLeave === true,
  }
}

async function view(cloud: Cloud, u: CardRow): Promise<MyCard> {
  return {
    openid: u._id,
    name: u.name,
    role: u.role,
    ...cardOf(u),
    photoUrl: await photoUrl(cloud, u.photo),
  }
}

/** `grid.myCard`: the caller's own card, as 我的名片 edits it. */
export const myCard: Action<'grid.myCard'> = {
  roles: [...CARD_ROLES],
  async handle({ cloud, user }) {
    return view(cloud, user as CardRow)
  },
}

/**
 * `grid.saveCard`: a grid worker or property staff member saves their own card; the office any
 * staff member's (`openid`). Text is checked by WeChat's content security before it is stored;
 * a new photo is claimed (the uploader's own image, metadata removed) under attached/cards/.
 */
export const saveCard: Action<'grid.saveCard', CardEdit> = {
  roles: [...CARD_ROLES, 'office'],
  validate: validateCard,
  async handle(ctx, edit) {
    const target = edit.openid ?? ctx.openid
    if (ctx.role !== 'office' && target !== ctx.openid)
      throw new AppError('FORBIDDEN', '只能编辑自己的名片')
    const u =
      target === ctx.openid
        ? (ctx.user as CardRow)
        : await findById<CardRow>(ctx.db, COLL.users, target)
    if (!u || !(CARD_ROLES as readonly string[]).includes(u.role))
      throw new AppError('NOT_FOUND', '没有这位工作人员')
    await checkText(ctx, [edit.title, edit.duties, edit.hours], 1)
    const photo =
      edit.photo && edit.photo !== u.photo
        ? (
            await claimFiles(ctx, [edit.photo], `cards/${target}`, {
              ...PHOTO_CLAIM,
              field: 'photo',
              scene: 1,
            })
          )[0]
        : edit.photo
    const card: StaffCard = { ...edit, photo }
    delete (card as CardEdit).openid
    await ctx.db
      .collection(COLL.users)
      .doc(target)
      .update({ data: { ...card, updatedAt: ctx.now() } })
    return view(ctx.cloud, { ...u, ...card })
  },
}
