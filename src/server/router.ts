import { AppError, type Envelope } from '../shared/errors'
import type { Role } from '../shared/roles'
import type { ActionContext, Cloud, UserDoc } from './context'

/**
 * One action: who may call it, how its payload is validated (the same validators the app uses),
 * and what it does. `roles: 'anyone'` includes callers without an OPENID (public or timer).
 */
export interface ActionDef<Req = unknown, Res = unknown> {
  roles: readonly Role[] | 'anyone'
  validate?: (payload: unknown) => Req
  handle: (ctx: ActionContext, payload: Req) => Promise<Res>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ActionTable = Record<string, ActionDef<any, any>>

interface RouterOptions {
  now?: () => Date
}

/**
 * Builds a cloud function's `main`: reads the caller from `cloud.getWXContext()`, loads their role
 * from `users`, checks the role, validates, runs the action and wraps the result in an envelope.
 */
export function createRouter(cloud: Cloud, actions: ActionTable, options: RouterOptions = {}) {
  const now = options.now ?? platformClock
  return async function main(event: {
    action?: unknown
    payload?: unknown
  }): Promise<Envelope<unknown>> {
    try {
      const name = typeof event?.action === 'string' ? event.action : ''
      // Own keys only: `constructor`, `__proto__`, `toString` are not actions.
      const def = Object.prototype.hasOwnProperty.call(actions, name) ? actions[name] : undefined
      if (!def) throw new AppError('UNKNOWN_ACTION', `暂不支持此操作：${name || '(空)'}`)
      const { OPENID } = cloud.getWXContext() as { OPENID?: string }
      const openid = OPENID ?? ''
      const db = cloud.database()
      const user = openid ? await loadUser(db, openid) : null
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

async function loadUser(db: Cloud, openid: string): Promise<UserDoc | null> {
  const res = await db.collection('users').where({ _id: openid }).limit(1).get()
  return (res.data[0] as UserDoc | undefined) ?? null
}
