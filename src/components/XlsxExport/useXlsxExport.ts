import Taro from '@tarojs/taro'
import { useState } from 'react'

/**
 * 导出 Excel, the same way on every page that exports: the function writes the .xlsx and answers a
 * short-lived URL; H5 downloads it, the mini-program opens it in the document viewer. A failure is
 * shown as a toast with the server's message.
 */
export function useXlsxExport(exportUrl: () => Promise<string>) {
  const [exporting, setExporting] = useState(false)
  const exportXlsx = async () => {
    setExporting(true)
    try {
      const url = await exportUrl()
      if (process.env.TARO_ENV === 'h5') {
        window.location.assign(url)
      } else {
        const { tempFilePath } = await Taro.downloadFile({ url })
        await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
      }
    } catch (e) {
      void Taro.showToast({ title: (e as Error).message || '导出失败', icon: 'none' })
    } finally {
      setExporting(false)
    }
  }
  return { exporting, exportXlsx }
}
