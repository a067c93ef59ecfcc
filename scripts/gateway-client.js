/**
 * The benches' client of the local gateway: sign in as a demo identity, call a function action.
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
  const login = async (openid) => (await post('/api/login', { openid })).token
  const call = (token, action, payload) =>
    post(`/api/functions/${action.split('.')[0]}`, { action, payload }, token)
  async function data(token, action, payload) {
    const r = await call(token, action, payload)
    if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
    return r.data
  }
  return { post, login, call, data }
}

module.exports = { gatewayClient }
