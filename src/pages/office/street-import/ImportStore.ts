import { makeAutoObservable, runInAction } from 'mobx'
import type { ImportResult } from '@shared/contracts/street-import'
import { newId } from '@shared/ids'
import { uploadPath } from '@shared/uploads'
import type { CloudClient } from '@/services/cloud/types'
import type { FilePicker } from '@/services/files/types'

export type ImportPhase = 'idle' | 'uploading' | 'checking' | 'done' | 'failed'

/** Largest file the import takes (the server checks it again). */
const MAX_BYTES = 5 * 1024 * 1024

/**
 * 街道数据导入: the template, then one file picked, uploaded (with progress) and imported; the
 * answer is either the list of every error (nothing written) or what was written.
 */
export class ImportStore {
  phase: ImportPhase = 'idle'
  progress = 0
  fileName = ''
  result: ImportResult | null = null
  error = ''

  constructor(
    private readonly cloud: CloudClient,
    private readonly files: FilePicker | undefined,
    private readonly openid: () => string,
    /** The district's chosen street ('' = none chosen yet); undefined for an office (its own). */
    private readonly street?: () => string | undefined,
  ) {
    makeAutoObservable(this, {}, { autoBind: true })
  }

  get busy(): boolean {
    return this.phase === 'uploading' || this.phase === 'checking'
  }

  async templateUrl(): Promise<string> {
    return (await this.cloud.call('grid.importTemplate', {})).url
  }

  /** Pick → upload → import. Call it from the tap handler (the picker needs the tap). */
  async pickAndImport(): Promise<void> {
    if (this.busy || !this.files) return
    const streetId = this.street?.()
    if (streetId === '') return this.fail('请先选择或新建要导入的街道')
    const picked = await this.files.pickXlsx()
    if (!picked) return
    runInAction(() => {
      this.fileName = picked.name
      this.result = null
      this.error = ''
    })
    if (!/\.xlsx$/i.test(picked.name)) return this.fail('请选择 .xlsx 表格文件（可先下载模板填写）')
    if (picked.bytes > MAX_BYTES) return this.fail('文件过大（上限 5 MB），请分批导入')
    try {
      runInAction(() => ((this.phase = 'uploading'), (this.progress = 0)))
      const path = uploadPath(this.openid(), newId('x'), new Date(), 'xlsx')
      const fileID = await this.cloud.uploadFile(picked.file, path, (f) =>
        runInAction(() => (this.progress = f)),
      )
      runInAction(() => (this.phase = 'checking'))
      const result = await this.cloud.call('grid.importStreet', {
        fileID,
        ...(streetId ? { streetId } : {}),
      })
      runInAction(() => ((this.result = result), (this.phase = 'done')))
    } catch (e) {
      this.fail((e as Error).message || '导入失败，请重试')
    }
  }

  private fail(message: string): void {
    this.phase = 'failed'
    this.error = message
  }
}
