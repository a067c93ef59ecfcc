import { Button, Progress, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import type { ImportKind } from '@shared/contracts/street-import'
import { rolePage } from '@/components/RoleGate'
import { useXlsxExport } from '@/components/XlsxExport/useXlsxExport'
import { useStores } from '@/stores/context'
import { ApiKeys } from './ApiKeys'
import { ApiKeysStore } from './ApiKeysStore'
import { ImportStore } from './ImportStore'
import { StreetPicker } from './StreetPicker'
import { StreetsStore } from './StreetsStore'
import './index.css'

const KIND_LABEL: Record<ImportKind, string> = {
  communities: '社区',
  companies: '物业公司',
  compounds: '小区',
  grids: '网格',
  buildings: '楼栋',
}

/**
 * 街道数据导入: download the template, fill it, upload it. Every error is listed with its sheet,
 * row and column and nothing is written; a clean file is imported at once, and importing it again
 * updates the items by their 编号.
 */
function StreetImportPage() {
  const root = useStores()
  // The district picks (or creates) the street the file goes into; an office imports into its own.
  // Read when used: the page renders before the session (and so the role) is known.
  const { role } = root.session
  const district = role === 'district'
  const [streets] = useState(() => new StreetsStore(root.services.cloud))
  const [store] = useState(
    () =>
      new ImportStore(
        root.services.cloud,
        root.services.files,
        () => root.session.openid,
        () => (root.session.role === 'district' ? streets.chosen : undefined),
      ),
  )
  const [keys] = useState(() => new ApiKeysStore(root.services.cloud))
  const { exporting, exportXlsx, status } = useXlsxExport(() => store.templateUrl())
  const r = store.result
  return (
    <View className='page'>
      {district ? <StreetPicker store={streets} /> : null}
      <View className='card'>
        <Text className='card-title'>1. 下载模板</Text>
        <Text className='muted'>
          模板含社区、物业公司、小区、网格（边界坐标）、楼栋（单元、层数、每层户数）五张表和填写说明，示例行请改为本街道的数据。
        </Text>
        <Button className='btn-primary' loading={exporting} onClick={() => void exportXlsx()}>
          下载模板
        </Button>
        {status}
      </View>
      <View className='card'>
        <Text className='card-title'>2. 上传填好的表格</Text>
        <Text className='muted'>先检查全部内容：有错误时一项也不写入；全部正确才一次性导入。</Text>
        <Button
          className='btn-primary'
          loading={store.busy}
          // `|| undefined`: React writes false on Taro's H5 button as disabled="false", which its CSS
          // draws as disabled (pale text); no attribute when enabled.
          disabled={store.busy || undefined}
          onClick={() => void store.pickAndImport()}
        >
          {store.busy
            ? store.phase === 'uploading'
              ? '上传中'
              : '检查并导入中'
            : '选择文件并导入'}
        </Button>
        {district && streets.chosen ? (
          <Text className='muted'>导入到：{streets.chosenName}</Text>
        ) : null}
        {store.fileName ? <Text className='muted'>文件：{store.fileName}</Text> : null}
        {store.phase === 'uploading' ? (
          <Progress percent={Math.round(store.progress * 100)} showInfo strokeWidth={4} />
        ) : null}
        {store.error ? <Text className='street-import__error'>{store.error}</Text> : null}
      </View>
      {r && r.errors.length ? (
        <View className='card'>
          <Text className='card-title'>发现 {r.errors.length} 处错误，未导入任何数据</Text>
          <Text className='muted'>请在表格中改正后重新上传。</Text>
          {r.errors.map((e, i) => (
            <View key={i} className='street-import__row'>
              <Text className='street-import__where'>
                {[e.sheet, e.row ? `第 ${e.row} 行` : '', e.column].filter(Boolean).join(' · ')}
              </Text>
              <Text>{e.message}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {r?.imported ? (
        <View className='card'>
          <Text className='card-title'>导入完成</Text>
          {(Object.keys(KIND_LABEL) as ImportKind[]).map((k) => (
            <View key={k} className='street-import__row'>
              <Text className='street-import__where'>{KIND_LABEL[k]}</Text>
              <Text>
                新增 {r.imported![k].created} · 更新 {r.imported![k].updated}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
      {/* Open311 keys are a street office's own (a district has no queue of its own). */}
      {role === 'office' ? <ApiKeys store={keys} /> : null}
    </View>
  )
}

export default rolePage('onboard', observer(StreetImportPage))
