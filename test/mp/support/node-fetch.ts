import http from 'node:http'

/**
 * The few bits of `fetch` that test/support's emulator helpers use (method, headers, a string
 * body; status, ok, json, text), over node:http: jest's jsdom environment has no `fetch`.
 * Installed only where it is missing.
 */
export function installFetch(): void {
  const g = globalThis as unknown as { fetch?: unknown }
  if (g.fetch) return
  g.fetch = (url: string, init: { method?: string; headers?: object; body?: string } = {}) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        url,
        { method: init.method ?? 'GET', headers: init.headers as http.OutgoingHttpHeaders },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('error', reject)
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            const status = res.statusCode ?? 0
            resolve({
              status,
              ok: status >= 200 && status < 300,
              text: async () => text,
              json: async () => JSON.parse(text),
            })
          })
        },
      )
      req.on('error', reject)
      req.end(init.body)
    })
}
