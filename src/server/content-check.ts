import { AppError } from '../shared/errors'
import type { Cloud } from './context'

/** WeChat's scenes for msgSecCheck v2: 1 资料 (profile), 2 评论 (comment), 3 论坛, 4 社交日志. */
export type SecScene = 1 | 2 | 3 | 4

export const REFUSED_TEXT = '内容含有违规信息，请修改后再提交'

/**
 * Checks what a user wrote with WeChat's content security (`security.msgSecCheck` v2) before
 * anything is stored: the texts go in one call. `risky` is refused; `review` passes, because the
 * street has no moderation queue and a resident describing a fight or a leak must still get
 * through — the office reads every report anyway. A WeChat failure refuses too (fail closed):
 * unchecked text must not be stored, and the user can simply retry.
 */
export async function checkText(
  caller: { cloud: Cloud; openid: string },
  texts: ReadonlyArray<string | undefined>,
  scene: SecScene,
): Promise<void> {
  const content = texts.filter((t) => t && t.trim()).join('\n')
  if (!content || !caller.openid) return
  let suggest: string | undefined
  try {
    const r = (await caller.cloud.openapi.security.msgSecCheck({
      openid: caller.openid,
      scene,
      version: 2,
      content,
    })) as { result?: { suggest?: string } }
    suggest = r.result?.suggest
  } catch (err) {
    console.error('[msgSecCheck failed]', (err as { errCode?: number }).errCode, err)
    throw new AppError('INTERNAL', '内容检查暂时不可用，请稍后再试')
  }
  if (suggest === 'risky') throw new AppError('INVALID_INPUT', REFUSED_TEXT)
}
