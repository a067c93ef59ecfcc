/**
 * A minimal multipart/form-data parser over a buffered body. Binary parts (the protobuf of
 * wx.openApi, uploaded file bytes) must stay bytes, which busboy's string fields would not.
 */
export interface Part {
  name: string
  filename?: string
  contentType?: string
  data: Buffer
}

export function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '')
  return m ? (m[1] ?? m[2]).trim() : null
}

export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delim = Buffer.from(`--${boundary}`)
  const parts: Part[] = []
  let pos = body.indexOf(delim)
  if (pos < 0) throw new Error('malformed multipart body: no boundary')
  while (pos >= 0) {
    const start = pos + delim.length
    if (body.slice(start, start + 2).toString() === '--') break
    const headerEnd = body.indexOf('\r\n\r\n', start)
    if (headerEnd < 0) throw new Error('malformed multipart body: no part header end')
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delim]), headerEnd)
    if (next < 0) throw new Error('malformed multipart body: unterminated part')
    const headers = body.slice(start, headerEnd).toString('utf8')
    const disp = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? ''
    const name = /\bname="([^"]*)"/i.exec(disp)?.[1] ?? ''
    const filename = /\bfilename="([^"]*)"/i.exec(disp)?.[1]
    const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]
    parts.push({ name, filename, contentType, data: body.slice(headerEnd + 4, next) })
    pos = next + 2
  }
  return parts
}
