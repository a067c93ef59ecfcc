import { makeAutoObservable, runInAction } from 'mobx'
import {
  PHRASE_MAX,
  PHRASES_PER_LIST,
  validatePhrases,
  type PhraseBook,
  type PhraseKey,
} from '@shared/phrases'
import type { CloudClient } from '@/services/cloud/types'
import type { Cached } from '@/stores/Cached'

/**
 * 常用语 (street office): the list of one action at a time, edited as a draft — add, change,
 * delete, move up or down — then saved whole, naming the version it was read at. The saved
 * book goes into the app's shared copy, so every form's chips show it at once.
 */
export class PhrasesEditor {
  key: PhraseKey = 'accept'
  /** Edited lists not yet saved, by action. */
  drafts: Partial<Record<PhraseKey, string[]>> = {}
  busy = false
  error = ''

  constructor(
    private readonly cloud: CloudClient,
    private readonly book: Cached<PhraseBook>,
  ) {
    makeAutoObservable<PhrasesEditor, 'cloud' | 'book'>(this, { cloud: false, book: false })
  }

  get saved(): string[] {
    return this.book.value?.lists[this.key] ?? []
  }

  /** The list on screen: the draft, or what is saved. */
  get list(): string[] {
    return this.drafts[this.key] ?? this.saved
  }

  get dirty(): boolean {
    const d = this.drafts[this.key]
    return !!d && (d.length !== this.saved.length || d.some((p, i) => p !== this.saved[i]))
  }

  select(key: PhraseKey): void {
    this.key = key
    this.error = ''
  }

  private put(list: string[]): void {
    this.drafts = { ...this.drafts, [this.key]: list }
    this.error = ''
  }

  /** Adds a phrase at the end; false (with the rule as the error) when it cannot go in. */
  add(text: string): boolean {
    const t = text.trim()
    if (!t) return false
    if (this.list.length >= PHRASES_PER_LIST) {
      this.error = `每项最多 ${PHRASES_PER_LIST} 条常用语，请先删掉不用的`
      return false
    }
    if ([...t].length > PHRASE_MAX) {
      this.error = `常用语最多 ${PHRASE_MAX} 个字`
      return false
    }
    if (this.list.includes(t)) {
      this.error = '已有这条常用语'
      return false
    }
    this.put([...this.list, t])
    return true
  }

  edit(i: number, text: string): void {
    this.put(this.list.map((p, j) => (j === i ? text : p)))
  }

  remove(i: number): void {
    this.put(this.list.filter((_, j) => j !== i))
  }

  /** Moves phrase `i` one place up (-1) or down (+1): the order the chips show in. */
  move(i: number, by: -1 | 1): void {
    const j = i + by
    if (j < 0 || j >= this.list.length) return
    const next = [...this.list]
    ;[next[i], next[j]] = [next[j], next[i]]
    this.put(next)
  }

  discard(): void {
    this.drop(this.key)
    this.error = ''
  }

  private drop(key: PhraseKey): void {
    const rest = { ...this.drafts }
    delete rest[key]
    this.drafts = rest
  }

  /** Saves the action's draft; false with the reason in `error` (the same rules the server has). */
  async save(): Promise<boolean> {
    const book = this.book.value
    if (this.busy || !book) return false
    const key = this.key
    let phrases: string[]
    try {
      phrases = validatePhrases(this.list)
    } catch (e) {
      this.error = (e as Error).message
      return false
    }
    this.busy = true
    this.error = ''
    try {
      const next = await this.cloud.call('sla.savePhrases', { key, phrases, version: book.version })
      runInAction(() => {
        this.book.set(next)
        this.drop(key)
      })
      return true
    } catch (e) {
      runInAction(() => (this.error = (e as Error).message))
      return false
    } finally {
      runInAction(() => (this.busy = false))
    }
  }
}
