/** What a player reports while it plays. */
export interface PlayerEvents {
  /** Position and (once known) length, in seconds. */
  time(position: number, duration: number): void
  state(s: 'playing' | 'paused' | 'ended' | 'error'): void
}

export interface Player {
  play(): void
  pause(): void
  destroy(): void
}

/** Plays one clip from a URL (a stored clip's temporary URL, or a recording on the device). */
export interface AudioService {
  player(src: string, events: PlayerEvents): Player
}
