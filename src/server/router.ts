import type { ActionName, ActionReq, ActionRes } from '../shared/contracts'
import { AppError, type Envelope } from '../shared/errors'
import type { Role } from '../shared/roles'
import type { ActionContext, Cloud, UserDoc } from './context'
import { COLL, findById, type Database } from './db'
import { callerOpenid } from './identity'

/**
 * One action: who may call it, how its payload is validated (the same validators the app uses),
 * and what it does. `roles: 'anyone'` includes callers without an OPENID (public or timer).
 * Every check of the input is in `validate`: `handle` gets the checked, typed payload. Only an
 * action that takes no input may leave `validate` out.
 */
export type ActionDef<Req, Res> = {
  roles: readonly Role[] | 'anyone'
  // A method, not a property: method parameters are bivariant, so a table can hold actions of
  // different payload types without `any`.
  handle(ctx: ActionContext, payload: Req): Promise<Res>
} & (Record<string, never> extends Req
  ? { validate?: (payload: unknown) => Req }
  : { validate: (payload: unknown) => Req })

/**
 * The action `N` of the contracts (src/shared/contracts): its handler must return the contract's
 * response. `Req` is what `validate` makes of the payload; by default the contract's request.
 */
export type Action<N extends ActionName, Req = ActionReq<N>> = ActionDef<Req, ActionRes<N>>

/**
 * A cloud function's actions: every key a contract's action name, every handler returning that
 * action's response (a name that is not in the contracts can return nothing, so it is refused).
 * `ActionTable` with no names is any table: what the router itself runs, and tests' demo tables.
 */
export type ActionTable<N extends string = string> = {
  readonly [K in N]: ActionDef<
    unknown,
    K extends ActionName ? ActionRes<K> : string extends K ? unknown : never
  >
}

interface RouterOptions {
  now?: () => Date
}

/**
 * Builds a cloud function's `main`: reads the caller from `cloud.getWXContext()`, loads their role
 * from `users`, checks the role, validates, runs the action and wraps the result in an envelope.
 */
export function createRouter<N extends string>(
  cloud: Cloud,
  actions: ActionTable<N>,
  options: RouterOptions = {},
) {
  const now = options.now ?? platformClock
  const table: ActionTable = actions
  return async function main(event: {
    action?: unknown
    payload?: unknown
  }): Promise<Envelope<unknown>> {
    try {
      const name = typeof event?.action === 'string' ? event.action : ''
      // Own keys only: `constructor`, `__proto__`, `toString` are no actions.
      const def = Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined
      if (!def) throw new AppError('UNKNOWN_ACTION', `暂不支持此操作：${name || '(空)'}`)
      const openid = callerOpenid(cloud)
      const db: Database = cloud.database()
      const user = openid ? await findById<UserDoc>(db, COLL.users, openid) : null
      const role: Role = user?.role ?? 'resident'
      if (def.roles !== 'anyone') {
        if (!openid) throw new AppError('UNAUTHENTICATED')
        if (!def.roles.includes(role)) throw new AppError('FORBIDDEN')
      }
      const payload = def.validate ? def.validate(event.payload ?? {}) : (event.payload ?? {})
      const data = await def.handle({ openid, role, user, cloud, db, now }, payload)
      return { ok: true, data }
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toBody() }
      console.error('[action failed]', err)
      return { ok: false, error: new AppError('INTERNAL').toBody() }
    }
  }
}

/**
 * The clock of the platform. `XB_CLOCK_NOW` is set only by the local emulator, per invocation, so
 * tests can move time (deadlines, timers); on CloudBase it is never set and this is `new Date()`.
 */
export function platformClock(): Date {
  const fake = process.env.XB_CLOCK_NOW
  return fake ? new Date(Number(fake)) : new Date()
}
