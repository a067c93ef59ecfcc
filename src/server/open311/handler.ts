import type { Cloud } from '../context'
import { COLL, type Database } from '../db'
import type { StoredReport } from '../reports/model'
import { slaSettings } from '../settings'
import { answer, errorAnswer, Open311Error, type Format, type HttpResult } from './format'
import { requireKey } from './keys'
import { fileExternal } from './file'
import { MAX_REQUESTS, whereOf, type Params } from './query'
import { definitionRow, serviceRows } from './services'
import { buildingsOf, mediaUrls, requestRow } from './view'
import { isCategoryKey } from '../../shared/reports'

/**
 * The Open311 GeoReport v2 endpoint, behind CloudBase's HTTP access service (HTTP 访问服务):
 * the platform hands the function an integration event and sends back what it returns. Paths
 * (under whatever trigger path is configured, e.g. /open311/v2):
 *   GET  services.{fmt}             GET services/{code}.{fmt}
 *   GET  requests.{fmt}             GET requests/{id}.{fmt}
 *   POST requests.{fmt}  (api_key)
 */
export interface HttpEvent {
  path?: string
  httpMethod?: string
  headers?: Record<string, string | undefined>
  queryStringParameters?: Record<string, string | undefined> | null
  body?: string | null
  isBase64Encoded?: boolean
}

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

const ROUTE = /\/(services|requests)(?:\/([^/]+?))?\.(json|xml)$/

/** The body's fields: form-encoded as the spec says, or JSON. */
function bodyParams(e: HttpEvent): Params {
  if (!e.body) return {}
  const text = e.isBase64Encoded ? Buffer.from(e.body, 'base64').toString('utf8') : e.body
  const type = String(e.headers?.['content-type'] ?? e.headers?.['Content-Type'] ?? '')
  if (/json/i.test(type)) {
    try {
      const o = JSON.parse(text) as Record<string, unknown>
      return Object.fromEntries(
        Object.entries(o ?? {}).map(([k, v]) => [
          k,
          v === null || v === undefined ? undefined : String(v),
        ]),
      )
    } catch {
      throw new Open311Error(400, '请求体不是合法的 JSON')
    }
  }
  return Object.fromEntries(new URLSearchParams(text))
}

/** Street names by id (for agency_responsible); reports from before streets fall to the first. */
async function streetNames(db: Database): Promise<{ byId: Map<string, string>; first: string }> {
  const { data } = await db.collection(COLL.streets).limit(100).get()
  const rows = data as Array<{ _id: string; name: string }>
  return { byId: new Map(rows.map((s) => [s._id, s.name])), first: rows[0]?.name ?? '' }
}

async function requests(
  deps: Deps,
  p: Params,
  one: string | null,
  fmt: Format,
): Promise<HttpResult> {
  const streets = await streetNames(deps.db)
  if (p.jurisdiction_id && !streets.byId.has(p.jurisdiction_id))
    throw new Open311Error(404, `没有这个 jurisdiction_id：${p.jurisdiction_id.slice(0, 30)}`)
  const where = one
    ? whereOf(deps.db, { service_request_id: one }, 0, p.jurisdiction_id ?? null)
    : whereOf(deps.db, p, deps.now().getTime(), p.jurisdiction_id ?? null)
  const { data } = await deps.db
    .collection(COLL.reports)
    .where(where)
    .orderBy('createdAt', 'desc')
    .limit(MAX_REQUESTS)
    .get()
  const reports = data as Array<StoredReport & { streetId?: string }>
  if (one && !reports.length)
    throw new Open311Error(404, `没有这个 service_request_id：${one.slice(0, 40)}`)
  const [buildings, media] = await Promise.all([
    buildingsOf(deps.db, reports),
    mediaUrls(deps.cloud, reports),
  ])
  const rows = reports.map((r) =>
    requestRow(r, {
      streetName: (r.streetId && streets.byId.get(r.streetId)) || streets.first,
      buildings,
      media,
    }),
  )
  return answer(fmt, rows, 'service_requests', 'request')
}

async function route(deps: Deps, e: HttpEvent, fmt: Format, what: string, id: string | null) {
  const method = (e.httpMethod ?? 'GET').toUpperCase()
  const query: Params = { ...(e.queryStringParameters ?? {}) }
  if (what === 'services') {
    if (method !== 'GET') throw new Open311Error(405, `services 只接受 GET`)
    // A jurisdiction's own time limits (the district's defaults without one).
    const limits = async () => (await slaSettings(deps.db, query.jurisdiction_id || null)).limits
    if (id === null) return answer(fmt, serviceRows(await limits()), 'services', 'service')
    if (!isCategoryKey(id))
      throw new Open311Error(404, `没有这个 service_code：${String(id).slice(0, 30)}`)
    return fmt === 'json'
      ? {
          ...answer(fmt, [], '', ''),
          body: JSON.stringify({ ...definitionRow(id), attributes: [] }),
        }
      : {
          ...answer(fmt, [], '', ''),
          body: `<?xml version="1.0" encoding="UTF-8"?>\n<service_definition><service_code>${id}</service_code><attributes/></service_definition>`,
        }
  }
  if (method === 'POST' && id === null) {
    const p = { ...query, ...bodyParams(e) }
    const key = await requireKey(deps.db, p.api_key)
    const row = await fileExternal(deps, key, p)
    return answer(fmt, [row], 'service_requests', 'request')
  }
  if (method !== 'GET')
    throw new Open311Error(405, `requests${id ? '/{id}' : ''} 不接受 ${method.slice(0, 10)}`)
  return requests(deps, query, id, fmt)
}

/** The function's main for HTTP access: every answer, errors too, in the spec's shape. */
export async function handleOpen311(deps: Deps, e: HttpEvent): Promise<HttpResult> {
  const m = ROUTE.exec(e.path ?? '')
  const fmt: Format = m?.[3] === 'xml' || /\.xml$/.test(e.path ?? '') ? 'xml' : 'json'
  try {
    if (!m)
      throw new Open311Error(
        404,
        '没有这个接口：可用 services.json、requests.json、requests/{id}.json（或 .xml）',
      )
    let id: string | null = null
    try {
      id = m[2] ? decodeURIComponent(m[2]) : null
    } catch {
      throw new Open311Error(400, '请求地址编码不合法')
    }
    return await route(deps, e, fmt, m[1], id)
  } catch (err) {
    if (err instanceof Open311Error) return errorAnswer(fmt, err)
    console.error('[open311 failed]', err)
    return errorAnswer(fmt, new Open311Error(500, '服务暂时不可用，请稍后再试'))
  }
}
