import { COLL, type CollectionName } from '../db'

/**
 * The onboarding workbook (issue 20 point 2): one sheet per kind of place, one row per item, a
 * stable 编号 (code) per row — a re-import updates the item with that code instead of adding a
 * second one. Columns are found by their header, so an office may reorder them. This file is the
 * one home of the layout: the template, the parser and the error messages all read it.
 */
export interface ColumnDef {
  key: string
  /** The header as the template writes it (without the * of required columns). */
  header: string
  required?: boolean
  /** Shown in the template's 说明 sheet. */
  hint: string
}

export interface SheetDef {
  kind: 'communities' | 'companies' | 'compounds' | 'grids' | 'buildings'
  name: string
  coll: CollectionName
  /** Ids of new items: `<prefix>-<street>-<code>`. */
  prefix: string
  columns: ColumnDef[]
  examples: Array<Array<string | number>>
}

const code = (what: string): ColumnDef => ({
  key: 'code',
  header: `${what}编号`,
  required: true,
  hint: '字母、数字、-、_，至多 32 位；同一街道内不重复，再次导入按它更新',
})
const CRS: ColumnDef = {
  key: 'crs',
  header: '坐标系',
  hint: 'GCJ-02（微信/腾讯/高德地图，默认）或 WGS-84（GPS 原始坐标，导入时自动转换）',
}

export const SHEETS: SheetDef[] = [
  {
    kind: 'communities',
    name: '社区',
    coll: COLL.communities,
    prefix: 'c',
    columns: [
      code('社区'),
      { key: 'name', header: '社区名称', required: true, hint: '至多 30 字' },
      { key: 'phone', header: '联系电话', hint: '座机或手机' },
    ],
    examples: [
      ['xinhua', '新华社区', '0473-2011001'],
      ['binhe', '滨河社区', '0473-2011002'],
    ],
  },
  {
    kind: 'companies',
    name: '物业公司',
    coll: COLL.propertyCompanies,
    prefix: 'pc',
    columns: [
      code('物业'),
      { key: 'name', header: '公司名称', required: true, hint: '至多 40 字' },
      { key: 'phone', header: '服务电话', hint: '座机或手机' },
    ],
    examples: [['lvcheng', '乌海绿城物业服务有限公司', '0473-2088001']],
  },
  {
    kind: 'compounds',
    name: '小区',
    coll: COLL.compounds,
    prefix: 'cp',
    columns: [
      code('小区'),
      { key: 'name', header: '小区名称', required: true, hint: '至多 30 字' },
      { key: 'community', header: '社区编号', required: true, hint: '“社区”表中的编号' },
      { key: 'company', header: '物业编号', hint: '“物业公司”表中的编号；无物业留空' },
    ],
    examples: [
      ['xinhua', '新华小区', 'xinhua', 'lvcheng'],
      ['binhe', '滨河花园', 'binhe', ''],
    ],
  },
  {
    kind: 'grids',
    name: '网格',
    coll: COLL.grids,
    prefix: 'g',
    columns: [
      code('网格'),
      { key: 'name', header: '网格名称', required: true, hint: '至多 30 字' },
      { key: 'community', header: '社区编号', required: true, hint: '“社区”表中的编号' },
      CRS,
      {
        key: 'outline',
        header: '边界坐标',
        required: true,
        hint: '至少 3 个“经度,纬度”，用空格分开，按边界顺序；首尾自动闭合',
      },
      { key: 'partyBranch', header: '党支部', hint: '至多 40 字，可留空' },
    ],
    examples: [
      [
        'xinhua-1',
        '新华社区第一网格',
        'xinhua',
        'GCJ-02',
        '106.8,39.67 106.81,39.67 106.81,39.678 106.8,39.678',
        '新华社区第一网格党支部',
      ],
      [
        'binhe-1',
        '滨河社区第一网格',
        'binhe',
        'GCJ-02',
        '106.8,39.678 106.81,39.678 106.81,39.686 106.8,39.686',
        '',
      ],
    ],
  },
  {
    kind: 'buildings',
    name: '楼栋',
    coll: COLL.buildings,
    prefix: 'b',
    columns: [
      code('楼栋'),
      { key: 'name', header: '楼栋名称', required: true, hint: '如 新华小区1号楼，至多 30 字' },
      { key: 'compound', header: '小区编号', required: true, hint: '“小区”表中的编号' },
      {
        key: 'grid',
        header: '网格编号',
        required: true,
        hint: '“网格”表中的编号；楼栋须在该网格边界内',
      },
      { key: 'units', header: '单元', required: true, hint: '用逗号分开，如 1单元,2单元' },
      { key: 'floors', header: '层数', required: true, hint: '1–100 的整数' },
      {
        key: 'rooms',
        header: '每层户数',
        required: true,
        hint: '1–50 的整数；住户数 = 层数 × 每层户数 × 单元数',
      },
      CRS,
      { key: 'lng', header: '经度', required: true, hint: '楼栋位置，如 106.8033' },
      { key: 'lat', header: '纬度', required: true, hint: '如 39.674' },
    ],
    examples: [
      [
        'xinhua-1',
        '新华小区1号楼',
        'xinhua',
        'xinhua-1',
        '1单元,2单元,3单元',
        6,
        2,
        'GCJ-02',
        106.8033,
        39.674,
      ],
      [
        'binhe-1',
        '滨河花园1号楼',
        'binhe',
        'binhe-1',
        '1单元,2单元',
        11,
        4,
        'GCJ-02',
        106.8033,
        39.682,
      ],
    ],
  },
]

export const sheetOf = (kind: SheetDef['kind']): SheetDef => SHEETS.find((s) => s.kind === kind)!
