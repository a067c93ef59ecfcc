import { taxonomyLabel } from './taxonomy'

/** Who a resident reports to: their grid worker (报网格员) or their property company (报物业). */
export type ReportTarget = 'grid' | 'property'

/** Both entries, in the order the form shows them. */
export const REPORT_TARGETS: readonly ReportTarget[] = ['grid', 'property']

/** A category as residents see it: one word they understand at a glance. */
export interface ResidentCategory {
  key: string
  label: string
  /** Icon name from the app's icon set (components map it to an image); stable like the key. */
  icon: string
  /** Where it sits in the office's taxonomy. */
  taxonomyCode: string
  /** A photo says more than the text for things you can see; noise can't be photographed. */
  photoRequired: boolean
  /** Which 报 entries offer it. */
  targets: ReportTarget[]
  /** Complex problems get the longer time limit (e.g. a drain that needs digging). */
  complex: boolean
}

const BOTH: ReportTarget[] = ['grid', 'property']

/** The short list residents pick from, in the order the form shows it; 其他 stays last. */
export const RESIDENT_CATEGORIES: readonly ResidentCategory[] = [
  {
    key: 'lighting',
    icon: 'lightbulb',
    label: '照明',
    taxonomyCode: 'CS-LD',
    photoRequired: true,
    targets: BOTH,
    complex: false,
  },
  {
    key: 'drain',
    icon: 'pipe',
    label: '下水管道',
    taxonomyCode: 'CS-PS',
    photoRequired: true,
    targets: BOTH,
    complex: true,
  },
  {
    key: 'elevator',
    icon: 'elevator',
    label: '电梯',
    taxonomyCode: 'WY-DT',
    photoRequired: true,
    targets: ['property'],
    complex: false,
  },
  {
    key: 'garbage',
    icon: 'trash',
    label: '垃圾清运',
    taxonomyCode: 'SR-LJ',
    photoRequired: true,
    targets: BOTH,
    complex: false,
  },
  {
    key: 'noise',
    icon: 'volume',
    label: '噪音扰民',
    taxonomyCode: 'HB-ZY',
    photoRequired: false,
    targets: BOTH,
    complex: false,
  },
  {
    key: 'greening',
    icon: 'tree',
    label: '绿化',
    taxonomyCode: 'SR-LH',
    photoRequired: true,
    targets: BOTH,
    complex: false,
  },
  {
    key: 'facility',
    icon: 'bench',
    label: '公共设施',
    taxonomyCode: 'CS-GG',
    photoRequired: true,
    targets: BOTH,
    complex: true,
  },
  {
    key: 'safety',
    icon: 'warning',
    label: '安全隐患',
    taxonomyCode: 'AQ-YH',
    photoRequired: true,
    targets: BOTH,
    complex: false,
  },
  {
    key: 'other',
    icon: 'more',
    label: '其他',
    taxonomyCode: 'QT-QT',
    photoRequired: false,
    targets: BOTH,
    complex: false,
  },
]

const BY_KEY = new Map(RESIDENT_CATEGORIES.map((c) => [c.key, c]))

/** True for a category residents may pick today. */
export function isCategoryKey(key: unknown): key is string {
  return typeof key === 'string' && BY_KEY.has(key)
}

/** The category; throws on an unknown key (validate first). */
export function categoryOf(key: string): ResidentCategory {
  const c = BY_KEY.get(key)
  if (!c) throw new Error(`unknown category ${key}`)
  return c
}

/** The label residents know, or the key itself for a category retired since. */
export function categoryLabel(key: string): string {
  return BY_KEY.get(key)?.label ?? key
}

/** 城乡建设 / 道路照明与楼道照明 — how the office sees a resident's category. */
export function taxonomyPath(key: string): string {
  return taxonomyLabel(categoryOf(key).taxonomyCode)
}

/** The categories a target's form offers (电梯 only for 报物业). */
export function categoriesFor(target: ReportTarget): ResidentCategory[] {
  return RESIDENT_CATEGORIES.filter((c) => c.targets.includes(target))
}
