import { maskIdNumber, maskName, maskPhone } from './identity/mask'

/**
 * THE table of who sees which personal data. Every server view that returns people data (reports,
 * grid.mine, certificate views, verify) asks it; tests derive what each viewer is entitled to
 * from it, not from the code under test.
 */

/**
 * How a viewer stands to the record being shown (a report, an application, a grid). A viewer can
 * stand in several relations at once (a follower who lives in the grid); the most open wins.
 * - owner: the person the record is about — the reporter, the applicant
 * - follower: pressed 也遇到了 on the report
 * - gridResident: their bound home is in the record's grid
 * - neighbour: anyone else signed in (another resident, staff of another grid or company)
 * - handler: the staff the record is assigned to NOW (the grid's worker, the company's staff)
 * - retired: was the handler's staff when the report came in, no longer assigned
 * - office: the street office
 * - verifier: holds a certificate's verification code (the public verify page)
 */
export type Relation =
  | 'owner'
  | 'follower'
  | 'gridResident'
  | 'neighbour'
  | 'handler'
  | 'retired'
  | 'office'
  | 'verifier'

/**
 * The personal fields.
 * - residentName / residentPhone: the reporter's or applicant's (and a follower's) name and mobile
 * - roomAddress: a home address below the building: 单元 and 房号 (others see the building only)
 * - idNumber: the 18-character ID number of an applicant
 * - workerContact: a grid worker's (and the grid's helpers') mobile and WeChat id, as they put them
 *   on their card (grid.saveCard). A property company's service phone is a public desk line, not
 *   personal data, and is not in the table. A card's title, duties, hours and photo are published
 *   on purpose by their owner and are not in the table either.
 * - consentRecord: what a person consented to, when, under which policy version (user.profile).
 * - voiceClip: a report's spoken description (按住说话): the reporter's own voice.
 */
export type PersonalField =
  | 'residentName'
  | 'residentPhone'
  | 'roomAddress'
  | 'idNumber'
  | 'workerContact'
  | 'consentRecord'
  | 'voiceClip'

/** full: as stored; masked: with the mask helper (王**, 138****1234); hidden: not sent at all. */
export type Visibility = 'full' | 'masked' | 'hidden'

const F = 'full'
const M = 'masked'
const H = 'hidden'

/** The columns of the table below; a Record, so the compiler insists every relation has one. */
const COLUMN: Record<Relation, number> = {
  owner: 0,
  follower: 1,
  gridResident: 2,
  neighbour: 3,
  handler: 4,
  retired: 5,
  office: 6,
  verifier: 7,
}

type V = Visibility
/** A field's visibility to each relation, in the order of COLUMN. */
type Row = [V, V, V, V, V, V, V, V]

/**
 * field × relation → visibility. Why each row is what it is:
 * - a resident's name and phone go to whoever handles the case (the current handler, the office);
 *   followers and neighbours see 居民; a certificate's verifier sees the masked name;
 * - the room stays with the owner, the handler and the office: 也遇到了 and nearby reports show
 *   the building, never a neighbour's door;
 * - the ID number is shown whole to the reviewer (office) only, masked to its owner and verifiers;
 * - the grid worker's mobile goes to residents of that grid, the office and the grid's own staff;
 *   anyone else reaches them through 报网格员, not by phone (so a reporter or follower from
 *   another grid does not get it either);
 * - retired staff are nobody's handler: they see nothing of the cases they left.
 */
// prettier-ignore
const TABLE: Record<PersonalField, Row> = {
  //             owner follower gridResident neighbour handler retired office verifier
  residentName:  [F,   H,       H,           H,        F,      H,      F,     M],
  residentPhone: [F,   H,       H,           H,        F,      H,      F,     H],
  roomAddress:   [F,   H,       H,           H,        F,      H,      F,     H],
  idNumber:      [M,   H,       H,           H,        H,      H,      F,     M],
  workerContact: [H,   H,       F,           H,        F,      H,      F,     H],
  // The record of a consent is the person's and the street's (who must be able to show it).
  consentRecord: [F,   H,       H,           H,        H,      H,      F,     H],
  // A voice identifies its speaker: for those who handle the case, never for 也遇到了.
  voiceClip:     [F,   H,       H,           H,        F,      H,      F,     H],
}

/** The table by name: PRIVACY[field][relation]. */
export const PRIVACY = Object.fromEntries(
  Object.entries(TABLE).map(([field, row]) => [
    field,
    Object.fromEntries(Object.entries(COLUMN).map(([relation, i]) => [relation, row[i]])),
  ]),
) as Record<PersonalField, Record<Relation, Visibility>>

const RANK: Record<Visibility, number> = { hidden: 0, masked: 1, full: 2 }

/** What a viewer standing in `relations` sees of `field`: the most open of their relations. */
export function visibility(field: PersonalField, relations: readonly Relation[]): Visibility {
  let best: Visibility = 'hidden'
  for (const r of relations) if (RANK[PRIVACY[field][r]] > RANK[best]) best = PRIVACY[field][r]
  return best
}

const MASKS: Record<PersonalField, (v: string) => string> = {
  residentName: maskName,
  residentPhone: maskPhone,
  idNumber: maskIdNumber,
  workerContact: maskPhone,
  // An address has no partial form: masked means the building only, which the view decides.
  roomAddress: () => '',
  consentRecord: () => '',
  voiceClip: () => '',
}

/** `value` as the viewer may see it: whole, masked, or '' when hidden. */
export function reveal(
  field: PersonalField,
  relations: readonly Relation[],
  value: string,
): string {
  const v = visibility(field, relations)
  if (!value || v === 'hidden') return ''
  return v === 'full' ? value : MASKS[field](value)
}

/** True when the viewer may see `field` in any form. */
export function sees(field: PersonalField, relations: readonly Relation[]): boolean {
  return visibility(field, relations) !== 'hidden'
}
