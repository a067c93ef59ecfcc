import { makeAutoObservable } from 'mobx'
import type { AudioService, Player } from '@/services/audio/types'

export type PlayState = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error'

/**
 * One voice clip's player (the handler's task, the office's report, the resident's replay):
 * 播放/暂停 and where it is, in seconds. The platform player is made on the first tap, so a
 * page with a clip loads nothing until someone listens.
 *
 * A stored clip's URL comes one round trip after the report (user.fileUrls), and a page opened
 * cold draws the button first: a tap in that gap is kept (`loading`) and plays as the URL comes,
 * rather than failing and leaving the person to tap again.
 */
export class VoicePlayerStore {
  state: PlayState = 'idle'
  position = 0
  /** The platform's length once known; until then the length the report carries. */
  duration: number
  private player: Player | null = null
  private src = ''

  constructor(
    private readonly audio: AudioService | undefined,
    seconds: number,
  ) {
    this.duration = seconds
    makeAutoObservable<VoicePlayerStore, 'audio' | 'player' | 'src'>(this, {
      audio: false,
      player: false,
      src: false,
    })
  }

  get playing(): boolean {
    return this.state === 'playing'
  }

  /**
   * A new URL (the first one arriving, a fresh temporary one, or the recording replaced): the old
   * player goes; a tap that waited for it plays now.
   */
  setSource(src: string): void {
    if (src === this.src) return
    const tapped = this.state === 'loading'
    this.dispose()
    this.src = src
    if (tapped) this.toggle()
  }

  /** 播放 / 暂停; from the end it starts again; before the URL is known it waits for it. */
  toggle(): void {
    if (!this.audio) {
      this.state = 'error'
      return
    }
    if (!this.src) {
      this.state = 'loading' // a second tap while waiting changes nothing: it plays once it can
      return
    }
    if (this.playing) return this.player?.pause()
    this.player ??= this.audio.player(this.src, {
      time: (p, d) => this.onTime(p, d),
      state: (s) => this.onState(s),
    })
    this.player.play()
  }

  onTime(position: number, duration: number): void {
    this.position = position
    if (duration > 0 && Number.isFinite(duration)) this.duration = duration
  }

  onState(s: Exclude<PlayState, 'idle' | 'loading'>): void {
    this.state = s
    if (s === 'ended') this.position = 0
  }

  dispose(): void {
    this.player?.destroy()
    this.player = null
    this.state = 'idle'
    this.position = 0
  }
}
