import { makeAutoObservable, runInAction } from 'mobx'
import { newId } from '@shared/ids'
import { VOICE_MAX_SECONDS, VOICE_MIN_SECONDS, type VoiceClip as StoredClip } from '@shared/voice'
import type { CloudClient } from '@/services/cloud/types'
import type { Recording, RecorderService } from '@/services/recorder/types'
import { isNetworkFailure } from '@/stores/network-error'

/**
 * idle → recording (按住说话, the seconds counting) → uploading → ready (replay or delete);
 * `failed` keeps the recording to 重新上传. A clip needs the network to go up: the outbox keeps
 * photos on the device, not recordings, so an offline clip says so instead of waiting.
 */
export type VoiceState = 'idle' | 'starting' | 'recording' | 'uploading' | 'ready' | 'failed'

export const TOO_SHORT = '说话时间太短，请按住按钮多说几句'
export const NEEDS_NETWORK = '语音需要联网才能上传：请联网后点「重新上传」，或删除语音改为打字'

/** The timer the recording clock ticks on; tests pass their own. */
export interface Ticker {
  every(ms: number, fn: () => void): () => void
  now(): number
}
const realTicker: Ticker = {
  every: (ms, fn) => {
    const t = setInterval(fn, ms)
    return () => clearInterval(t)
  },
  now: () => Date.now(),
}

/** The report form's voice clip: record up to 60 s, replay, delete, upload like a photo. */
export class VoiceClip {
  state: VoiceState = 'idle'
  /** While recording: whole seconds so far (shown as 0:07 / 1:00). */
  elapsed = 0
  /** The clip's length in whole seconds. */
  seconds = 0
  fileID = ''
  /** Where this device replays it from (the recording, or the uploaded clip's URL). */
  url = ''
  error = ''
  private recording: Recording | null = null
  private handle: { stop(): void } | null = null
  private stopTicking = () => undefined as void
  /** Let go before the recorder started (a very short press): stop as soon as it does. */
  private stopAsked = false

  constructor(
    private readonly cloud: CloudClient,
    private readonly recorder: RecorderService | undefined,
    /** Where a clip goes: uploads/<openid>/<day>/<id>.<ext> (the photos' folder convention). */
    private readonly pathFor: (id: string, ext: string) => string,
    private readonly ticker: Ticker = realTicker,
  ) {
    makeAutoObservable<VoiceClip, 'cloud' | 'recorder' | 'pathFor' | 'ticker'>(this, {
      cloud: false,
      recorder: false,
      pathFor: false,
      ticker: false,
    })
  }

  get busy(): boolean {
    return ['starting', 'recording', 'uploading'].includes(this.state)
  }

  get maxSeconds(): number {
    return VOICE_MAX_SECONDS
  }

  /** What report.create carries: only an uploaded clip. */
  get clip(): StoredClip | undefined {
    return this.state === 'ready' ? { fileID: this.fileID, seconds: this.seconds } : undefined
  }

  /** 按住说话 pressed (or tapped, for a screen reader: then a second tap stops). */
  async start(): Promise<void> {
    if (this.busy) return
    this.error = ''
    this.stopAsked = false
    if (!this.recorder) {
      this.error = '这台设备不能录音，请改为打字描述'
      return
    }
    this.state = 'starting'
    try {
      const began = this.ticker.now()
      const handle = await this.recorder.start(VOICE_MAX_SECONDS * 1000, {
        done: (r) => this.finish(r),
        failed: (e) => this.fail(e.message),
      })
      runInAction(() => {
        this.handle = handle
        if (this.state !== 'starting') return // finished already
        this.state = 'recording'
        this.elapsed = 0
        this.stopTicking = this.ticker.every(250, () =>
          runInAction(() => (this.elapsed = Math.floor((this.ticker.now() - began) / 1000))),
        )
      })
      if (this.stopAsked) this.stop()
    } catch (e) {
      this.fail((e as Error).message)
    }
  }

  /** Let go (or the second tap): the recorder finishes the file and `finish` takes it. */
  stop(): void {
    if (this.state === 'starting') this.stopAsked = true
    if (this.state !== 'recording') return
    this.stopTicking()
    this.handle?.stop()
  }

  private finish(r: Recording): void {
    this.stopTicking()
    const seconds = Math.min(VOICE_MAX_SECONDS, Math.round(r.ms / 1000))
    if (seconds < VOICE_MIN_SECONDS) {
      this.reset()
      this.error = TOO_SHORT
      return
    }
    this.recording = r
    this.seconds = seconds
    this.url = r.url
    void this.upload()
  }

  private fail(message: string): void {
    this.stopTicking()
    this.state = this.recording ? 'failed' : 'idle'
    this.error = message
  }

  /** Sends the recording (again, after a failure). */
  async upload(): Promise<void> {
    const r = this.recording
    if (!r) return
    this.state = 'uploading'
    this.error = ''
    try {
      const fileID = await this.cloud.uploadFile(r.file, this.pathFor(newId('v'), r.ext))
      runInAction(() => {
        this.fileID = fileID
        this.state = 'ready'
      })
    } catch (err) {
      runInAction(() => {
        this.state = 'failed'
        this.error = isNetworkFailure(err)
          ? NEEDS_NETWORK
          : `语音上传失败：${(err as Error).message}`
      })
    }
  }

  /** 删除: back to nothing recorded. */
  remove(): void {
    this.reset()
    this.error = ''
  }

  /** A draft's uploaded clip (its device copy may be gone; the stored one plays by its URL). */
  restore(c: StoredClip | undefined): void {
    if (!c) return
    this.fileID = c.fileID
    this.seconds = c.seconds
    this.state = 'ready'
  }

  private reset(): void {
    this.stopTicking()
    this.state = 'idle'
    this.recording = null
    this.handle = null
    this.fileID = ''
    this.url = ''
    this.seconds = 0
    this.elapsed = 0
  }
}
