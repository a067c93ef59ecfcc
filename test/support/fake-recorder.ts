import type { Recording, RecorderService, RecordingEvents } from '@/services/recorder/types'
import { RecorderError } from '@/services/recorder/types'

/**
 * A microphone for store and ui tests: `start` resolves (or refuses with `refuse`); the test
 * then says when the platform finished (`finish(ms)`) or failed, as a real recorder's callbacks
 * would — including the platform's own stop at the cap.
 */
export function fakeRecorder(o: { refuse?: string } = {}) {
  let events: RecordingEvents | null = null
  const state = { starts: 0, stops: 0, cap: 0 }
  const recorder: RecorderService = {
    async start(maxMs, e) {
      state.starts++
      if (o.refuse) throw new RecorderError(o.refuse)
      state.cap = maxMs
      events = e
      return { stop: () => void state.stops++ }
    },
  }
  const recording = (ms: number): Recording => ({
    file: `clip-${ms}.mp3`,
    url: `blob:clip-${ms}`,
    ms,
    ext: 'mp3',
  })
  return {
    recorder,
    state,
    finish: (ms: number) => events?.done(recording(ms)),
    fail: (message: string) => events?.failed(new RecorderError(message)),
  }
}

/** A clock the test moves by hand. */
export function fakeTicker() {
  let now = 0
  const ticks = new Set<() => void>()
  return {
    ticker: {
      now: () => now,
      every: (_ms: number, fn: () => void) => {
        ticks.add(fn)
        return () => void ticks.delete(fn)
      },
    },
    advance(ms: number) {
      now += ms
      for (const fn of ticks) fn()
    },
    get running() {
      return ticks.size
    },
  }
}
