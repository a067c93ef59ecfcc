import { makeAutoObservable, runInAction } from 'mobx'
import type { PlaceBuilding, PlaceCommunity } from '@shared/contracts/grid'
import { LOCATION_CANCELLED, LOCATION_UNAVAILABLE, LocationError } from '@shared/geo'
import type { CloudClient } from '@/services/cloud/types'
import type { LocationService } from '@/services/location/types'
import { isNetworkFailure } from '@/stores/network-error'
import type { Place } from './place'

/**
 * Saying where without coordinates (issue 19 point 3): a building picked in two big steps —
 * community, then building — or a point on the map that the server puts in words
 * (grid.locate: 新华小区1号楼附近). The numbers never reach the screen.
 */
export type PlaceStep = 'closed' | 'community' | 'building'

export class PlaceChoice {
  step: PlaceStep = 'closed'
  community: PlaceCommunity | null = null
  locating = false

  constructor(
    private readonly cloud: CloudClient,
    private readonly location: LocationService | undefined,
    /** The form's place and its error line. */
    private readonly setPlace: (p: Place) => void,
    private readonly setError: (message: string) => void,
  ) {
    makeAutoObservable<PlaceChoice, 'cloud' | 'location' | 'setPlace' | 'setError'>(this, {
      cloud: false,
      location: false,
      setPlace: false,
      setError: false,
    })
  }

  get chooseLabel(): string {
    return this.location?.chooseLabel ?? '用手机定位'
  }

  /** 选择楼栋: step 1, the communities (one straight to its buildings when there is only one). */
  open(communities: PlaceCommunity[]): void {
    if (communities.length === 1) this.pickCommunity(communities[0])
    else this.step = 'community'
  }

  pickCommunity(c: PlaceCommunity): void {
    this.community = c
    this.step = 'building'
  }

  /** Step 2: the building is the place; its unit and room stay unset (the home has its own). */
  pickBuilding(b: PlaceBuilding): void {
    const c = this.community
    this.setPlace({ kind: 'address', buildingId: b._id, label: c ? `${c.name} ${b.name}` : b.name })
    this.close()
  }

  /** 上一步: from the buildings back to the communities; from there, out. */
  back(): void {
    this.step = this.step === 'building' ? 'community' : 'closed'
  }

  close(): void {
    this.step = 'closed'
    this.community = null
  }

  /** 在地图上选位置 / 用手机定位: the point, then its words from the server. */
  async locate(): Promise<void> {
    if (this.locating) return
    this.locating = true
    try {
      if (!this.location) throw new LocationError(LOCATION_UNAVAILABLE)
      const { latitude, longitude } = await this.location.choose()
      const { label } = await this.cloud.call('grid.locate', { latitude, longitude })
      this.setPlace({ kind: 'point', latitude, longitude, label })
    } catch (e) {
      if (!(e instanceof LocationError && e.message === LOCATION_CANCELLED))
        this.setError(
          e instanceof LocationError
            ? e.message
            : isNetworkFailure(e)
              ? '没有网络，无法确认位置，请选择楼栋'
              : (e as Error).message,
        )
    } finally {
      runInAction(() => (this.locating = false))
    }
  }
}
