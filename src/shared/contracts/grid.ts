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

export interface GridActions {
  'grid.places': { req: Record<string, never>; res: { communities: PlaceCommunity[] } }
  'grid.handlers': { req: Record<string, never>; res: { handlers: HandlerOption[] } }
}
