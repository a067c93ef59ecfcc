import type { Position } from '@shared/geo'

/** The phone's current position, always in GCJ-02; rejects with a LocationError when it cannot. */
export interface LocationService {
  current(): Promise<Position>
}
