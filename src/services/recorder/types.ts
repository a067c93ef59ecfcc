/** A finished recording, on the device: uploaded with the report, replayable before that. */
export interface Recording {
  /** A Blob (H5) or a temp file path (weapp), as cloud.uploadFile takes it. */
  file: Blob | string
  /** What the clip plays from on this device (object URL / temp file path). */
  url: string
  /** Its length, measured by the recorder (ms rounded to whole seconds by the store). */
  ms: number
  /** The file extension its format calls for: mp3 (weapp), webm / m4a / ogg (browsers). */
  ext: string
}

/** Why a recording could not start or finish, worded with the next step. */
export class RecorderError extends Error {}

/** What a recording in progress tells its owner: exactly one of these, once. */
export interface RecordingEvents {
  done(r: Recording): void
  failed(e: RecorderError): void
}

/**
 * The platform's microphone: weapp getRecorderManager (mp3), H5 MediaRecorder. `start` stops by
 * itself at `maxMs`; `stop` ends it early. Resolves once recording has started (after the
 * permission prompt), rejects with a RecorderError when it cannot.
 */
export interface RecorderService {
  start(maxMs: number, events: RecordingEvents): Promise<{ stop(): void }>
}
