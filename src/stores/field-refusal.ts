import { runInAction } from 'mobx'
import { AppError } from '@shared/errors'

/**
 * A form's errors from a refusal (the validator's or the server's): each of `fields` the refusal
 * names shows under that field; one that names none of them (CONFLICT, network) shows under the
 * whole form as `form`.
 */
export function fieldRefusal<F extends string>(
  e: unknown,
  fields: readonly F[],
  fallback: string,
): Partial<Record<F | 'form', string>> {
  const err = e instanceof AppError ? e : null
  const named = err?.fields ?? {}
  const out: Partial<Record<F | 'form', string>> = {}
  // Every key set (undefined when clear), so an earlier message never lingers.
  for (const f of fields) out[f] = named[f]
  out.form = fields.some((f) => named[f]) ? undefined : (err?.message ?? fallback)
  return out
}

/**
 * A form's submit, the same for every form that shows refusals by field: the validator first
 * (nothing is sent on a refusal), then the call with `saving` on; either refusal goes to
 * `refused`. True when the call succeeded.
 */
export async function submitForm(
  form: { saving: boolean },
  steps: { validate: () => void; send: () => Promise<void>; refused: (e: unknown) => void },
): Promise<boolean> {
  try {
    steps.validate()
  } catch (e) {
    runInAction(() => steps.refused(e))
    return false
  }
  runInAction(() => (form.saving = true))
  try {
    await steps.send()
    return true
  } catch (e) {
    runInAction(() => steps.refused(e))
    return false
  } finally {
    runInAction(() => (form.saving = false))
  }
}
