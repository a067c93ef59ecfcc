import { RULES } from '../../../emulator/src/subscribe'
import templates from '../../../emulator/templates.json'
import { fieldNames, templateData, templateId } from '@/server/templates'
import { TEMPLATE_FIELDS, TEMPLATES, wxTime, type TemplateKey } from '@shared/subscribe'

const stored = templates as unknown as Record<string, { fields: Record<string, string> }>
const KEYS = Object.keys(TEMPLATES) as TemplateKey[]

/** What a careless notice could put in: far too long, the wrong script, empty. */
const HOSTILE = [
  '',
  '   ',
  '楼道里堆满了杂物，已经好几个月了，消防通道被堵死，非常危险，请尽快处理！！',
  'Resolved by the handler after a very long English explanation',
  '已办结 ✅ (2/3)',
  '🚧'.repeat(30),
]

/** Checks every field of a send like WeChat does (the emulator's rules, the stand-in template). */
function accepted(id: string, data: Record<string, { value: string }>): string[] {
  const fields = stored[id].fields
  const errors: string[] = []
  for (const [key, type] of Object.entries(fields)) {
    const v = data[key]?.value
    if (!v) errors.push(`${key} empty`)
    else if (!RULES[type](v)) errors.push(`${key} (${type}) refused: ${v}`)
  }
  for (const key of Object.keys(data)) if (!(key in fields)) errors.push(`${key} not a field`)
  return errors
}

test.each(KEYS)('%s: every field fits WeChat’s limits whatever the notice says', (key) => {
  expect(stored[templateId(key, {})].fields).toEqual(TEMPLATE_FIELDS[key])
  for (const text of HOSTILE) {
    const values = Object.fromEntries(
      Object.entries(TEMPLATE_FIELDS[key]).map(([f, type]) => [
        f,
        type === 'time' ? wxTime(new Date(Date.UTC(2026, 10, 23, 1, 5))) : text,
      ]),
    )
    expect(accepted(templateId(key, {}), templateData(key, values, {}))).toEqual([])
  }
})

test('the environment names the template id and renames fields to the console template’s keys', () => {
  const env = {
    XB_TPL_REPORT_STATUS: 'AbC-123',
    XB_TPL_REPORT_STATUS_FIELDS: 'thing1=thing7, phrase2=phrase3',
  }
  expect(templateId('reportStatus', env)).toBe('AbC-123')
  expect(templateId('newTask', env)).toBe('TPL_NEW_TASK')
  const data = templateData(
    'reportStatus',
    { thing1: '噪音', phrase2: '已办结', time3: '08:05', thing4: '好' },
    env,
  )
  expect(Object.keys(data).sort()).toEqual(['phrase3', 'thing4', 'thing7', 'time3'])
  expect(data.thing7.value).toBe('噪音')
})

test('a field renamed to another type or an unknown field is refused', () => {
  expect(() => fieldNames('newTask', { XB_TPL_NEW_TASK_FIELDS: 'thing1=phrase2' })).toThrow(
    /thing1/,
  )
  expect(() => fieldNames('newTask', { XB_TPL_NEW_TASK_FIELDS: 'thing9=thing2' })).toThrow(/thing9/)
})
