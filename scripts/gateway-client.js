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
  /** Uploads through the HTTP API: an upload URL for the path, then a PUT of the bytes. */
  async function upload(token, cloudPath, bytes, type = 'image/jpeg') {
    const [info] = await post(
      '/v1/storages/get-objects-upload-info',
      [{ objectId: cloudPath }],
      token,
    )
    if (!info || !info.uploadUrl) return null
    const res = await fetch(info.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': type, authorization: info.authorization },
      body: bytes,
    })
    return res.ok ? info.cloudObjectId : null
  }
  return { post, login, call, data, upload }
}

module.exports = { gatewayClient }
