import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useNotice } from '@/components/Notice/useNotice'

/**
 * 导出 Excel, the same way on every page that exports: the function writes the .xlsx and answers a
 * short-lived URL; H5 downloads it, the mini-program opens it in the document viewer. A failure is
 * told with the server's message (a toast; in 长辈版 the `status` line the page places by the button).
 */
export function useXlsxExport(exportUrl: () => Promise<string>) {
  const [exporting, setExporting] = useState(false)
  const notice = useNotice()
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
      notice.tell((e as Error).message || '导出失败，请稍后重试')
    } finally {
      setExporting(false)
    }
  }
  return { exporting, exportXlsx, status: notice.status }
}
