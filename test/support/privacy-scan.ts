import { PRIVACY, visibility, type PersonalField, type Relation } from '../../src/shared/privacy'

/**
 * The privacy walk's scanner. Expected entitlement comes from the policy table
 * (src/shared/privacy.ts) and from relations the TEST knows from its own fixtures (who filed,
 * who follows, who lives where, who works the grid now) — never from the code under test.
 */

/** Personal data of one record the test created, and how each viewer stands to it. */
export interface WalkRecord {
  name: string
  values: Array<{ field: PersonalField; value: string }>
  relationsOf(viewer: string): Relation[]
}

/** What the patterns catch: unmasked ID numbers, mobile numbers, room-level addresses. */
export const PATTERNS: Array<{ field: PersonalField; re: RegExp }> = [
  { field: 'idNumber', re: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g },
  { field: 'residentPhone', re: /(?<!\d)1[3-9]\d{9}(?!\d)/g },
  // 2单元 301, 2单元301, 3单元 602室: a unit followed by a room number
  { field: 'roomAddress', re: /\d+\s*单元\s*\d{2,4}室?/g },
]

export interface Finding {
  viewer: string
  what: string
  value: string
  why: string
}

export interface ScanTotals {
  responses: number
  fieldsChecked: number
  entitledSeen: number
  findings: Finding[]
}

export const newTotals = (): ScanTotals => ({
  responses: 0,
  fieldsChecked: 0,
  entitledSeen: 0,
  findings: [],
})

/** The office's row is `full` for every field: staff with the whole street in their care. */
const officeSeesAll = Object.values(PRIVACY).every((row) => row.office === 'full')

/**
 * Scans one response (the whole JSON) that `viewer` got from `what`, about `scope` records.
 * A value is entitled when the table gives the viewer `full` for it through any record in
 * scope. Fails on (1) any pattern hit that is not an entitled known value — unknown personal
 * data is a leak too, except for the office — and (2) any known value of the scope (names
 * included) that appears while the viewer is not entitled to it whole.
 */
export function scan(
  totals: ScanTotals,
  viewer: string,
  what: string,
  response: unknown,
  scope: WalkRecord[],
): void {
  const text = JSON.stringify(response)
  totals.responses++
  const entitled = new Set<string>()
  const known = new Map<string, string>()
  for (const r of scope) {
    const rel = r.relationsOf(viewer)
    for (const { field, value } of r.values) {
      if (!value) continue
      if (visibility(field, rel) === 'full') entitled.add(value)
      else known.set(value, `${r.name}.${field} is ${visibility(field, rel)} for [${rel}]`)
    }
  }
  const isOffice = scope.some((r) => r.relationsOf(viewer).includes('office'))
  for (const { field, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      totals.fieldsChecked++
      const value = m[0].replace(/室$/, '')
      const hit = entitled.has(value) || entitled.has(m[0])
      if (hit) totals.entitledSeen++
      else if (!(isOffice && officeSeesAll))
        totals.findings.push({
          viewer,
          what,
          value: m[0],
          why: known.get(value) ?? `unknown ${field} (not any record's entitled value)`,
        })
    }
  }
  for (const [value, why] of known) {
    if (entitled.has(value)) continue
    totals.fieldsChecked++
    if (text.includes(value)) totals.findings.push({ viewer, what, value, why })
  }
}
