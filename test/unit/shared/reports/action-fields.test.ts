import { AppError } from '@shared/errors'
import { ACTION_FIELDS, REPORT_ACTIONS, validateActionInput } from '@shared/reports'

/** The fields an empty form is refused for, as the server's check reports them. */
function refusedWhenEmpty(action: (typeof REPORT_ACTIONS)[number]): string[] {
  try {
    validateActionInput(action, {}, Date.now())
    return []
  } catch (err) {
    return Object.keys((err as AppError).fields ?? {}).sort()
  }
}

describe('the app forms ask for what the server checks', () => {
  it.each(REPORT_ACTIONS.map((a) => [a]))(
    '%s: required fields are the ones refused when empty',
    (a) => {
      const fields = ACTION_FIELDS[a] as Record<string, string>
      const required = Object.keys(fields).filter((k) => fields[k] === 'required')
      expect(refusedWhenEmpty(a)).toEqual(required.sort())
    },
  )
})
