/**
 * The benches' client of the local HTTP API: sign in as a demo identity, call a function action.
 * `call` answers the envelope as it came; `data` throws on a refusal (for set-up steps).
 */
function gatewayClient(base) {
  async function post(p, body, token) {
    const res = await fetch(`${base}${p}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    })
    return res.json()
  }
  // A demo ticket, then CloudBase's custom sign-in: the access token (2 h on the emulator clock).
  async function login(openid) {
    const { ticket } = await post('/api/demo/ticket', { openid })
    return (await post('/auth/v1/signin/custom', { provider_id: 'custom', ticket })).access_token
  }
  const call = (token, action, payload) =>
    post(`/v1/functions/${action.split('.')[0]}`, { action, payload }, token)
  async function data(token, action, payload) {
    const r = await call(token, action, payload)
    if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
    return r.data
  }
  return { post, login, call, data }
}

module.exports = { gatewayClient }
