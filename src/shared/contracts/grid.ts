import type { CardEdit, StaffCard } from '../grid/card'
import type { Role } from '../roles'
/** A building as the address pickers show it. */
export interface PlaceBuilding {
  _id: string
  name: string
  units: string[]
}

/** The street's communities and their buildings, for choosing a home or a report's place. */
export interface PlaceCommunity {
  _id: string
  name: string
  buildings: PlaceBuilding[]
}

/** A grid or a property company, as a report's possible handler. */
export interface HandlerOption {
  kind: 'grid' | 'property'
  id: string
  name: string
}

/** A person a resident may contact; the phone only reaches residents of the grid (else empty). */
export interface GridContact {
  name: string
  phone: string
  kind?: 'volunteer' | 'party_member'
}

/** 我的网格员: the caller's grid, its worker, helpers and the compound's property company. */
export interface MyGrid {
  gridId: string
  gridName: string
  communityName: string
  partyBranch: string
  /** Only what the worker (or the office) set: '' fields are not shown, nothing is invented. */
  worker: {
    name: string
    title: string
    /** A short-lived URL of the card photo, or ''. */
    photo: string
    duties: string
    hours: string
    wechatId: string
    /** Present only for residents bound inside this grid (and the office). */
    phone: string
    /** Whether the worker published a phone at all (so the page can say which case it is). */
    phonePublished: boolean
    onLeave: boolean
  } | null
  helpers: GridContact[]
  property: { name: string; servicePhone: string } | null
  /** True when the caller lives in this grid (and so sees phone numbers). */
  mine: boolean
}

/** One grid on the 网格地图. */
export interface MapGrid {
  id: string
  name: string
  /** [lng, lat] rings: outline then holes. */
  polygon: Array<Array<[number, number]>>
  workerName: string
  open: number
  overdue: number
}

export interface GridMap {
  grids: MapGrid[]
  /** The caller's grid (from their bound home), if any. */
  mineId: string | null
  /** The caller's home building, for the marker. */
  home: [number, number] | null
}

export interface GridActions {
  'grid.places': { req: Record<string, never>; res: { communities: PlaceCommunity[] } }
  /**
   * The words for a point on the map (GCJ-02): the building at it, "<building>附近", or the grid;
   * `buildingId` when the point is at a building. Outside the street: INVALID_INPUT.
   */
  'grid.locate': {
    req: { latitude: number; longitude: number }
    res: { label: string; buildingId: string | null }
  }
  'grid.handlers': { req: Record<string, never>; res: { handlers: HandlerOption[] } }
  /** 我的网格员; `gridId` asks for another grid (from the map): then no phone numbers. */
  'grid.mine': { req: { gridId?: string }; res: MyGrid }
  'grid.map': { req: Record<string, never>; res: GridMap }
  /** 我的名片: the caller's own staff card. */
  'grid.myCard': { req: Record<string, never>; res: MyCard }
  /** Saves a staff card: one's own, or (the office) anyone's by `openid`. */
  'grid.saveCard': { req: Partial<CardEdit>; res: MyCard }
  /** 代班 (office): a stand-in holds a worker's grid for Beijing days from–to. */
  'grid.setStandIn': {
    req: { gridId: string; openid: string; from: string; to: string }
    res: StandInView
  }
  /** Ends a grid's stand-in now (the worker is back early). */
  'grid.clearStandIn': { req: { gridId: string }; res: { gridId: string; cleared: number } }
}

/** A stand-in as the office named them. */
export interface StandInView {
  gridId: string
  gridName: string
  /** The worker on leave. */
  workerName: string
  /** The stand-in. */
  openid: string
  name: string
  from: string
  to: string
}

/** A staff card as 我的名片 edits it: `photo` is the stored fileID, `photoUrl` for showing it. */
export interface MyCard extends StaffCard {
  openid: string
  name: string
  role: Role
  photoUrl: string
}
