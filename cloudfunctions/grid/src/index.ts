import { initCloud } from '@server/cloud'
import { createRouter } from '@server/router'
import { myCard, saveCard } from './card'
import { handlers } from './handlers'
import { apiKeys, issueApiKey, revokeApiKey } from './api-keys'
import { importStreetAction, importTemplate } from './import'
import { createInvite } from './invite'
import { exportLedger, ledger } from './ledger'
import { retireGrid, retireWorker, saveGrid } from './manage'
import { locate } from './locate'
import { map } from './map'
import { mine } from './mine'
import { places } from './places'
import { retireStaff, staff } from './staff'
import { clearStandIn, setStandIn } from './stand-in'
import { createStreet, streets } from './streets'

/** The `grid` cloud function: the street's places, grids and grid workers. */
export const main = createRouter(initCloud(), {
  'grid.places': places,
  'grid.locate': locate,
  'grid.handlers': handlers,
  'grid.ledger': ledger,
  'grid.exportLedger': exportLedger,
  'grid.createInvite': createInvite,
  'grid.mine': mine,
  'grid.map': map,
  'grid.saveGrid': saveGrid,
  'grid.retireGrid': retireGrid,
  'grid.retireWorker': retireWorker,
  'grid.myCard': myCard,
  'grid.saveCard': saveCard,
  'grid.staff': staff,
  'grid.retireStaff': retireStaff,
  'grid.setStandIn': setStandIn,
  'grid.clearStandIn': clearStandIn,
  'grid.importTemplate': importTemplate,
  'grid.importStreet': importStreetAction,
  'grid.streets': streets,
  'grid.createStreet': createStreet,
  'grid.apiKeys': apiKeys,
  'grid.issueApiKey': issueApiKey,
  'grid.revokeApiKey': revokeApiKey,
})
