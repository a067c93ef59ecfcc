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
  worker: {
    name: string
    title: string
    photo: string
    duties: string
    hours: string
    wechatId: string
    /** Present only for residents bound inside this grid (and the office). */
    phone: string
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
  'grid.handlers': { req: Record<string, never>; res: { handlers: HandlerOption[] } }
  /** 我的网格员; `gridId` asks for another grid (from the map): then no phone numbers. */
  'grid.mine': { req: { gridId?: string }; res: MyGrid }
  'grid.map': { req: Record<string, never>; res: GridMap }
}
