/**
 * The fuller two-level taxonomy the street office works with, in the style of the 12345 hotline's
 * 诉求分类 (major category → subcategory). Residents never see it: they pick from the short list
 * in categories.ts, which maps into it. Codes are stable (stored on every report and used in the
 * figures), so a retired subcategory keeps its code; labels may be reworded.
 */
export interface TaxonomyNode {
  /** `CS` for a major category, `CS-LD` for a subcategory. */
  code: string
  label: string
  children?: TaxonomyNode[]
}

const node = (code: string, label: string): TaxonomyNode => ({ code, label })

/** Every major category with its subcategories. */
export const TAXONOMY: TaxonomyNode[] = [
  {
    code: 'CS',
    label: '城乡建设',
    children: [
      node('CS-LD', '道路照明与楼道照明'),
      node('CS-PS', '排水设施（下水道、雨水井）'),
      node('CS-GG', '公共设施损坏'),
      node('CS-DL', '道路破损'),
      node('CS-GS', '供水供暖供气'),
    ],
  },
  {
    code: 'SR',
    label: '市容环卫',
    children: [
      node('SR-LJ', '生活垃圾清运'),
      node('SR-LH', '绿化养护'),
      node('SR-WS', '环境卫生'),
      node('SR-WJ', '违章搭建'),
      node('SR-ZD', '占道经营'),
    ],
  },
  {
    code: 'WY',
    label: '物业管理',
    children: [
      node('WY-DT', '电梯故障'),
      node('WY-SB', '小区设施设备维修'),
      node('WY-FW', '物业服务'),
      node('WY-TC', '小区停车'),
    ],
  },
  {
    code: 'AQ',
    label: '公共安全',
    children: [
      node('AQ-YH', '安全隐患（消防、燃气、高空坠物）'),
      node('AQ-ZS', '治安秩序'),
      node('AQ-XF', '消防通道堵塞'),
    ],
  },
  {
    code: 'HB',
    label: '环境保护',
    children: [node('HB-ZY', '噪声扰民'), node('HB-DQ', '油烟废气'), node('HB-SZ', '水体污染')],
  },
  {
    code: 'JT',
    label: '交通出行',
    children: [node('JT-TC', '乱停乱放'), node('JT-SS', '交通设施')],
  },
  {
    code: 'SQ',
    label: '社区服务',
    children: [node('SQ-MZ', '民政救助'), node('SQ-LN', '养老助残'), node('SQ-JF', '邻里纠纷')],
  },
  {
    code: 'QT',
    label: '其他',
    children: [node('QT-QT', '其他诉求')],
  },
]

/** A subcategory as the office sees it, with its major category. */
export interface TaxonomyEntry {
  label: string
  major: string
  majorCode: string
}

/** Every subcategory by code, with its major category. */
export const TAXONOMY_BY_CODE: Record<string, TaxonomyEntry> = Object.fromEntries(
  TAXONOMY.flatMap((m) =>
    (m.children ?? []).map((c) => [c.code, { label: c.label, major: m.label, majorCode: m.code }]),
  ),
)

/** True for a known subcategory code (a major category alone is not a place for a report). */
export function isTaxonomyCode(code: unknown): code is string {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(TAXONOMY_BY_CODE, code)
}

/** `城乡建设 / 道路照明与楼道照明`, or the code itself for one retired since. */
export function taxonomyLabel(code: string): string {
  const t = isTaxonomyCode(code) ? TAXONOMY_BY_CODE[code] : undefined
  return t ? `${t.major} / ${t.label}` : code
}
