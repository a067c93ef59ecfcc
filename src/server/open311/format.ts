/**
 * How GeoReport v2 answers: JSON or XML by the path's extension (`services.xml`), UTF-8, errors
 * as a list of {code, description} in either format. The XML shapes follow the spec's examples:
 * a root list element (`services`, `service_requests`, `errors`) holding one element per row.
 */

/** What CloudBase's HTTP access service turns into the HTTP response. */
export interface HttpResult {
  statusCode: number
  headers: Record<string, string>
  body: string
  isBase64Encoded: false
}

export type Format = 'json' | 'xml'

/** A flat row: what every Open311 record is (values become text elements in XML). */
export type Row = Record<string, string | number | null | undefined>

/** The spec's error: an HTTP status and the message an integrator reads. */
export class Open311Error extends Error {
  constructor(
    public status: 400 | 403 | 404 | 405 | 500,
    message: string,
  ) {
    super(message)
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Text safe inside an XML element; control characters XML 1.0 forbids are dropped. */
export function xmlText(v: string): string {
  return (
    v
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/[&<>"']/g, (c) => ESCAPES[c])
  )
}

function xmlRow(tag: string, row: Row): string {
  const fields = Object.entries(row)
    .map(([k, v]) =>
      v === null || v === undefined || v === '' ? `<${k}/>` : `<${k}>${xmlText(String(v))}</${k}>`,
    )
    .join('')
  return `<${tag}>${fields}</${tag}>`
}

/** `<root><item>…</item>…</root>` with the XML declaration the spec requires. */
export function xmlList(root: string, item: string, rows: Row[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}>${rows.map((r) => xmlRow(item, r)).join('')}</${root}>`
}

const TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
}

/** A list answer in the asked format; `root`/`item` name the XML elements. */
export function answer(
  format: Format,
  rows: Row[],
  root: string,
  item: string,
  status = 200,
): HttpResult {
  const body = format === 'json' ? JSON.stringify(rows) : xmlList(root, item, rows)
  return {
    statusCode: status,
    headers: { 'content-type': TYPES[format], 'cache-control': 'no-store' },
    body,
    isBase64Encoded: false,
  }
}

/** An error in the spec's shape: `[{code, description}]` / `<errors><error>…</error></errors>`. */
export function errorAnswer(format: Format, err: Open311Error): HttpResult {
  return answer(
    format,
    [{ code: err.status, description: err.message }],
    'errors',
    'error',
    err.status,
  )
}
