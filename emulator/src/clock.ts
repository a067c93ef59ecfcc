/**
 * The emulator's clock. Real time by default; `POST /__emulator/clock {now}` freezes it at a
 * given epoch ms (`{now: null}` goes back to real time) so tests can move time without
 * waiting. Functions see it as XB_CLOCK_NOW, serverDate() uses it, and timers fire by it.
 */
export class Clock {
  private frozen: number | null = null

  now(): number {
    return this.frozen ?? Date.now()
  }

  set(ms: number | null): void {
    this.frozen = ms
  }

  get isFrozen(): boolean {
    return this.frozen !== null
  }
}
