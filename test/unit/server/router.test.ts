import { AppError } from '@shared/errors'
import { createRouter, type ActionTable } from '@/server/router'

/** A stand-in for wx-server-sdk: the real one is exercised by the cloud project on the emulator. */
function fakeCloud(
  openid: string | undefined,
  users: Record<string, { role: string; name: string }>,
) {
  return {
    getWXContext: () => ({ OPENID: openid }),
    database: () => ({
      collection: () => ({
        where: ({ _id }: { _id: string }) => ({
          limit: () => ({
            get: async () => ({ data: users[_id] ? [{ _id, ...users[_id] }] : [] }),
          }),
        }),
      }),
    }),
  }
}

const actions: ActionTable = {
  'demo.officeOnly': { roles: ['office'], handle: async (ctx) => ({ by: ctx.openid }) },
  'demo.echo': {
    roles: 'anyone',
    validate: (p) => {
      const text = (p as { text?: unknown }).text
      if (typeof text !== 'string')
        throw new AppError('INVALID_INPUT', '缺少内容', { text: '必填' })
      return { text }
    },
    handle: async (ctx, p: { text: string }) => ({ text: p.text, role: ctx.role }),
  },
  'demo.boom': {
    roles: 'anyone',
    handle: async () => {
      throw new Error('secret detail')
    },
  },
}

describe('createRouter', () => {
  const users = { o_off: { role: 'office', name: '陈' }, o_res: { role: 'resident', name: '王' } }

  it('decides the role from the OPENID, never from the payload', async () => {
    const main = createRouter(fakeCloud('o_res', users), actions)
    const res = await main({ action: 'demo.officeOnly', payload: { role: 'office' } })
    expect(res).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) })
    const ok = await createRouter(fakeCloud('o_off', users), actions)({ action: 'demo.officeOnly' })
    expect(ok).toEqual({ ok: true, data: { by: 'o_off' } })
  })

  it('refuses callers without an OPENID for non-public actions', async () => {
    const res = await createRouter(
      fakeCloud(undefined, users),
      actions,
    )({ action: 'demo.officeOnly' })
    expect(res.ok === false && res.error.code).toBe('UNAUTHENTICATED')
  })

  it('treats an unknown WeChat user as a resident', async () => {
    const res = await createRouter(
      fakeCloud('o_new', users),
      actions,
    )({ action: 'demo.echo', payload: { text: 'hi' } })
    expect(res).toEqual({ ok: true, data: { text: 'hi', role: 'resident' } })
  })

  it('returns validation errors with per-field messages', async () => {
    const res = await createRouter(
      fakeCloud('o_res', users),
      actions,
    )({ action: 'demo.echo', payload: {} })
    expect(res).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '缺少内容', fields: { text: '必填' } },
    })
  })

  it('names an unknown action and hides internal errors', async () => {
    const main = createRouter(fakeCloud('o_res', users), actions)
    const unknown = await main({ action: 'demo.nope' })
    expect(unknown.ok === false && unknown.error).toMatchObject({ code: 'UNKNOWN_ACTION' })
    expect(unknown.ok === false && unknown.error.message).toContain('demo.nope')
    // Names that exist on every object's prototype are not actions either.
    for (const action of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const r = await main({ action })
      expect(r.ok === false && r.error.code).toBe('UNKNOWN_ACTION')
    }
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const boom = await main({ action: 'demo.boom' })
    expect(boom.ok === false && boom.error.code).toBe('INTERNAL')
    expect(JSON.stringify(boom)).not.toContain('secret detail')
  })
})
