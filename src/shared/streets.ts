import { isId } from './checks'

/**
 * Streets (街道) as tenants of one CloudBase environment: a district runs many of them. A street's
 * name, certificate issuer and texts live in its `streets` document — never in code — and every
 * grid, building, compound, community, company, report, application, invitation and staff role
 * carries the `streetId` of the street it belongs to. The server decides a caller's street in one
 * place (src/server/street-scope.ts).
 */

/** A street's settings as stored in `streets` (`_id` = the street id, e.g. `haibei`). */
export interface Street {
  _id: string
  /** 海北街道 */
  name: string
  city?: string
  phone?: string
  /** Where residents go in person (便民服务大厅). */
  office?: string
  /** Who signs its certificates (海北街道办事处); default `${name}办事处`. */
  issuer?: string
  /** Per certificate type key, the body text printed on the certificate (optional). */
  certificateTexts?: Record<string, string>
  /** Two capital letters opening its report numbers (HB20261201-0001); default `BS`. */
  code?: string
}

/**
 * What a caller may see: one street, or — the district — every street. A caller with no street
 * (a resident who bound no home yet, staff not attached to a street) is `none`: nothing scoped.
 */
export type StreetScope =
  | { kind: 'street'; streetId: string }
  | { kind: 'district' }
  | { kind: 'none' }

/** Anything stored that belongs to a street. */
export interface StreetOwned {
  streetId?: string
}

export const isStreetId = (v: unknown): v is string => isId(v)

/** The issuer printed on a street's certificates: its settings, else `<name>办事处`. */
export function issuerOf(street: Pick<Street, 'name' | 'issuer'> | null): string {
  if (street?.issuer) return street.issuer
  return street?.name ? `${street.name}办事处` : '街道办事处'
}

/** The report-number prefix of a street (`BS` when its settings name none). */
export function reportPrefixOf(street: Pick<Street, 'code'> | null): string {
  return street?.code && /^[A-Z]{2}$/.test(street.code) ? street.code : 'BS'
}
