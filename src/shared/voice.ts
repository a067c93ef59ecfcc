import type { Fields } from './reports/fields'

/**
 * A report's voice clip (按住说话, issue 19 point 4): for a resident who can't type. The limits
 * live here so the recorder, the form and the server agree.
 */
export const VOICE_MAX_SECONDS = 60
/** 60 s of speech: mp3 at 48 kbps ≈ 360 KB, opus at 32 kbps ≈ 240 KB; room for a faster encoder. */
export const VOICE_MAX_BYTES = 1024 * 1024
/** Shorter than this is a slip of the finger, not a message. */
export const VOICE_MIN_SECONDS = 1

/** A clip as a report carries it: the uploaded (then claimed) fileID and its length. */
export interface VoiceClip {
  fileID: string
  /** Whole seconds, 1–60: shown on the player before it loads. */
  seconds: number
}

/** Checks the `voice` field of a report; absent is fine. Messages under `voice`. */
export function checkVoice(v: unknown, f: Fields): VoiceClip | undefined {
  if (v === undefined || v === null) return undefined
  const o = v as Partial<VoiceClip>
  if (typeof o !== 'object' || typeof o.fileID !== 'string' || !/^cloud:\/\/\S+$/.test(o.fileID))
    f.voice = '语音信息无效，请重新录制'
  else if (
    typeof o.seconds !== 'number' ||
    !Number.isInteger(o.seconds) ||
    o.seconds < VOICE_MIN_SECONDS ||
    o.seconds > VOICE_MAX_SECONDS
  )
    f.voice = `语音须在 ${VOICE_MIN_SECONDS}–${VOICE_MAX_SECONDS} 秒之间，请重新录制`
  else return { fileID: o.fileID, seconds: o.seconds }
  return undefined
}

/** 0:07 / 1:00: how the recorder and the player show a length. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
