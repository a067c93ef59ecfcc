import type { Cloud } from '@server/context'
import { PAGE } from '@shared/routes'
import { AppError } from '@shared/errors'

/**
 * The desk's code: a mini-program code (`wxacode.getUnlimited`) whose scan opens 登录街道工作台
 * with `scene` = the login id. WeChat answers an image (`{contentType, buffer}`), shown by the desk
 * as a data URL. `XB_WXACODE_ENV_VERSION` (release | trial | develop) picks which version the
 * scan opens; only `release` checks the page is published (WeChat's check_path).
 */
export async function miniProgramCode(cloud: Cloud, scene: string): Promise<string> {
  const envVersion = process.env.XB_WXACODE_ENV_VERSION || 'release'
  try {
    const r = (await cloud.openapi.wxacode.getUnlimited({
      scene,
      page: PAGE.deskLogin.slice(1),
      checkPath: envVersion === 'release',
      envVersion,
      width: 280,
    })) as { contentType?: string; buffer?: Buffer }
    if (!r.buffer?.length) throw new Error('empty code image')
    const type = r.contentType || 'image/jpeg'
    return `data:${type};base64,${Buffer.from(r.buffer).toString('base64')}`
  } catch (err) {
    const code = (err as { errCode?: number }).errCode
    console.error('[wxacode.getUnlimited]', err)
    throw new AppError(
      'INTERNAL',
      code === 41030
        ? '登录二维码生成失败：小程序的登录确认页尚未发布'
        : '登录二维码生成失败，请稍后刷新重试',
    )
  }
}
