import { AppError } from './errors'
import type { Role } from './roles'

/**
 * 常用语: the street office's canned replies, one list per action where a note or reason is
 * typed. A chip inserts its text into the box, where it stays editable; the server checks the
 * text the step carries as it checks any typed text.
 */

/** The actions with a list: report steps by their action name, and a certificate's 不予通过. */
export type PhraseKey = 'accept' | 'return' | 'reject' | 'urge' | 'dispatch' | 'certReject'

export interface PhraseList {
  label: string
  /** Who writes this action's text, so who may read its list. */
  writers: readonly Role[]
}

const HANDLERS: readonly Role[] = ['grid_worker', 'property_staff']
const OFFICE: readonly Role[] = ['office']

/** Every list, in the order the office's page shows them. */
export const PHRASE_LISTS: Record<PhraseKey, PhraseList> = {
  accept: { label: '受理', writers: HANDLERS },
  return: { label: '退回街道', writers: HANDLERS },
  reject: { label: '不予受理（驳回）', writers: OFFICE },
  urge: { label: '督办（催办）', writers: OFFICE },
  dispatch: { label: '派单备注', writers: OFFICE },
  certReject: { label: '证明不予通过', writers: OFFICE },
}

export const PHRASE_KEYS = Object.keys(PHRASE_LISTS) as PhraseKey[]

/** Longest phrase, in characters: a reason is at most 200, so a phrase leaves room to add to it. */
export const PHRASE_MAX = 60
/** Most phrases in one list: a row of chips, not a library. */
export const PHRASES_PER_LIST = 12

/** The office's lists (only those the caller may read) and the version a save must name. */
export interface PhraseBook {
  lists: Partial<Record<PhraseKey, string[]>>
  version: number
}

export interface SavePhrases {
  key: PhraseKey
  phrases: string[]
  /** The book's version the office edited: a save over someone else's is refused. */
  version: number
}

export function isPhraseKey(v: unknown): v is PhraseKey {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(PHRASE_LISTS, v)
}

/** The lists a role may read: the office keeps them all; staff read those they write text for. */
export function readableKeys(role: Role): PhraseKey[] {
  if (role === 'office') return PHRASE_KEYS
  return PHRASE_KEYS.filter((k) => PHRASE_LISTS[k].writers.includes(role))
}

const invalid = (message: string, field = 'phrases') =>
  new AppError('INVALID_INPUT', message, { [field]: message })

/** A list as the office saves it: trimmed, each 1–PHRASE_MAX characters, no repeats, a few at most. */
export function validatePhrases(v: unknown): string[] {
  if (!Array.isArray(v)) throw invalid('常用语须为一组文字')
  if (v.length > PHRASES_PER_LIST) throw invalid(`每项最多 ${PHRASES_PER_LIST} 条常用语`)
  const out: string[] = []
  for (const [i, p] of v.entries()) {
    if (typeof p !== 'string') throw invalid(`第 ${i + 1} 条常用语不是文字`)
    const t = p.trim()
    if (!t) throw invalid(`第 ${i + 1} 条常用语是空的`)
    if ([...t].length > PHRASE_MAX) throw invalid(`第 ${i + 1} 条常用语超过 ${PHRASE_MAX} 个字`)
    if (out.includes(t)) throw invalid(`第 ${i + 1} 条常用语与前面重复`)
    out.push(t)
  }
  return out
}

/** The payload of a save, or INVALID_INPUT in Chinese. */
export function validateSavePhrases(p: unknown): SavePhrases {
  const v = (p ?? {}) as Record<string, unknown>
  if (!isPhraseKey(v.key)) throw invalid('请选择常用语所属的操作', 'key')
  const version = v.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    throw invalid('版本号不正确，请刷新后重试', 'version')
  return { key: v.key, phrases: validatePhrases(v.phrases), version }
}

/** The text after a chip is tapped: the phrase, after what is typed already (kept editable). */
export function insertPhrase(current: string, phrase: string): string {
  const typed = current.trimEnd()
  if (!typed) return phrase
  if (typed.includes(phrase)) return current
  return /[。；，,.;!！?？]$/.test(typed) ? `${typed}${phrase}` : `${typed}；${phrase}`
}
