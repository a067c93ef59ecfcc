import { createRouter, type Action, type ActionTable } from '@/server/router'

/** The smallest wx-server-sdk double the router needs: the caller and an empty users table. */
const cloud = {
  getWXContext: () => ({ OPENID: 'o_res' }),
  database: () => ({
    collection: () => ({ where: () => ({ limit: () => ({ get: async () => ({ data: [] }) }) }) }),
  }),
}

const whoami: Action<'user.whoami'> = {
  roles: 'anyone',
  handle: async (ctx) => ({
    openid: ctx.openid,
    role: ctx.role,
    name: '',
    registered: false,
    address: null,
    streetName: '',
  }),
}

test('names from the prototype chain are no actions', async () => {
  const main = createRouter(cloud, { 'user.whoami': whoami })
  for (const action of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
    expect(await main({ action })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_ACTION' },
    })
  expect(await main({ action: 'user.whoami' })).toMatchObject({ ok: true })
})

test('the table is tied to the contracts (checked by tsc)', () => {
  const ok: ActionTable<'user.whoami'> = { 'user.whoami': whoami }
  // @ts-expect-error a name that is not in the contracts can return nothing
  createRouter(cloud, { 'user.nope': { roles: 'anyone', handle: async () => ({}) } })
  const wrong = {
    roles: 'anyone' as const,
    handle: async () => ({ openid: 1 }),
  }
  // @ts-expect-error the handler must return the contract's response
  createRouter(cloud, { 'user.whoami': wrong })
  // @ts-expect-error an action with input must validate it
  const unchecked: Action<'report.get'> = { roles: 'anyone', handle: async () => ({}) as never }
  expect([ok, unchecked]).toHaveLength(2)
})
