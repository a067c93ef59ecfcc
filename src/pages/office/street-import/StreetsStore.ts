import { makeAutoObservable, runInAction } from 'mobx'
import type { StreetBrief } from '@shared/contracts/street-import'
import { validateNewStreet } from '@shared/street-onboard'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'
import { fieldRefusal, submitForm } from '@/stores/field-refusal'

type Field = 'name' | 'code'

/**
 * The district's side of 街道数据导入: the streets to import into, and 新建街道 (name and code,
 * checked here with the server's own validator so a mistake shows under its field before any
 * call; the server checks uniqueness and its refusal shows the same way). The import goes into
 * `chosen`.
 */
export class StreetsStore {
  readonly streets: Cached<StreetBrief[]>
  chosen = ''
  name = ''
  code = ''
  errors: Partial<Record<Field | 'form', string>> = {}
  saving = false

  constructor(private readonly cloud: CloudClient) {
    this.streets = new Cached(async () => (await cloud.call('grid.streets', {})).streets)
    makeAutoObservable<StreetsStore, 'cloud'>(this, { cloud: false, streets: false })
  }

  choose(id: string): void {
    this.chosen = id
  }

  get chosenName(): string {
    return this.streets.value?.find((s) => s.id === this.chosen)?.name ?? ''
  }

  set(field: Field, value: string): void {
    this[field] = value
    this.errors = { ...this.errors, [field]: undefined, form: undefined }
  }

  /** Creates the street and chooses it; true when created. */
  async create(): Promise<boolean> {
    const form = { name: this.name, code: this.code }
    return submitForm(this, {
      validate: () => validateNewStreet(form),
      send: async () => {
        const made = await this.cloud.call('grid.createStreet', form)
        await this.streets.refresh().catch(() => undefined)
        runInAction(() => {
          this.chosen = made.id
          this.name = ''
          this.code = ''
          this.errors = {}
        })
      },
      refused: (e) => this.refused(e),
    })
  }

  private refused(e: unknown): void {
    this.errors = fieldRefusal(e, ['name', 'code'] as const, '新建失败，请重试')
  }
}
