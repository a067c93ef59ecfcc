/**
 * The fuller two-level taxonomy the street office works with, in the style of the 12345 hotline's
 * 诉求分类 (major category → subcategory). Residents never see it: they pick from the short list
 * in categories.ts, which maps into it.
 */
export interface TaxonomyNode {
  code: string
  label: string
  children?: TaxonomyNode[]
}

export const TAXONOMY: TaxonomyNode[] = [
  {
    code: 'CS',
    label: '城乡建设',
    children: [
      { code: 'CS-LD', label: '道路照明与楼道照明' },
      { code: 'CS-PS', label: '排水设施（下水道、雨水井）' },
      { code: 'CS-GG', label: '公共设施损坏' },
    ],
  },
  {
    code: 'SR',
    label: '市容环卫',
    children: [
      { code: 'SR-LJ', label: '生活垃圾清运' },
      { code: 'SR-LH', label: '绿化养护' },
      { code: 'SR-WS', label: '环境卫生' },
    ],
  },
  {
    code: 'WY',
    label: '物业管理',
    children: [
      { code: 'WY-DT', label: '电梯故障' },
      { code: 'WY-SB', label: '小区设施设备维修' },
      { code: 'WY-FW', label: '物业服务' },
    ],
  },
  {
    code: 'AQ',
    label: '公共安全',
    children: [
      { code: 'AQ-YH', label: '安全隐患（消防、燃气、高空坠物）' },
      { code: 'AQ-ZS', label: '治安秩序' },
    ],
  },
  {
    code: 'HB',
    label: '环境保护',
    children: [{ code: 'HB-ZY', label: '噪声扰民' }],
  },
  {
    code: 'QT',
    label: '其他',
    children: [{ code: 'QT-QT', label: '其他诉求' }],
  },
]

/** Every subcategory by code, with its major category. */
export const TAXONOMY_BY_CODE: Record<string, { label: string; major: string }> =
  Object.fromEntries(
    TAXONOMY.flatMap((m) =>
      (m.children ?? []).map((c) => [c.code, { label: c.label, major: m.label }]),
    ),
  )
