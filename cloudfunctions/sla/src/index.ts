import { initCloud } from '../../../src/server/cloud'
import { createRouter } from '../../../src/server/router'
import { limits, setLimits } from './limits'
import { sweep } from './sweep'

const cloud = initCloud()
const router = createRouter(cloud, { 'sla.limits': limits, 'sla.setLimits': setLimits })

/** The clock: XB_CLOCK_NOW only in the local emulator (tests move time), else the real one. */
const now = () =>
  process.env.XB_CLOCK_NOW ? new Date(Number(process.env.XB_CLOCK_NOW)) : new Date()

/**
 * The `sla` function: its timer trigger (config.json, every 5 minutes) runs the sweep; the street
 * office reads and edits the time limits through its actions.
 */
export async function main(event: { Type?: string; action?: unknown; payload?: unknown }) {
  if (event?.Type === 'Timer') {
    const r = await sweep({ cloud, db: cloud.database(), now })
    console.log(`[sla] reminded ${r.reminded}, escalated ${r.escalated}, closed ${r.closed}`)
    return r
  }
  return router(event)
}
