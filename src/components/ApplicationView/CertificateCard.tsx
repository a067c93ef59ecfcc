import { Button, Canvas, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ApplicationDetail } from '@shared/contracts/certificate'
import { formatVerifyCode } from '@shared/certificates/verify-code'
import { useNotice } from '@/components/Notice/useNotice'
import { QrCode } from '@/components/QrCode'
import { certificateDates } from './certificate-dates'
import { saveCertificateImage } from './certificate-image'

const STATUS = { valid: '有效', expired: '已过期', revoked: '已撤销' } as const

/**
 * The certificate as the holder shows it: text, serial, dates, issuer, and the QR that opens the
 * public verify page. In H5 it prints on its own (print styles hide the rest of the page).
 */
export function CertificateCard({ a }: { a: ApplicationDetail }) {
  const notice = useNotice()
  // A failed save stays on the card (no pop-up): why, next to the button to try again.
  const [error, setError] = useState('')
  const saveImage = () => {
    setError('')
    return saveCertificateImage(a)
      .then(() => notice.tell('已保存到相册'))
      .catch((e: Error) => setError(`保存失败：${e.message}`))
  }
  const c = a.certificate
  if (!c) return null
  const dates = certificateDates(c)
  return (
    <View className={`certificate certificate--${c.status}`}>
      <Text className='certificate__title'>{a.typeName}</Text>
      <Text className='certificate__serial'>编号：{c.serial}</Text>
      {/* The street's own wording, filled by the server with what this viewer may see. */}
      <Text className='certificate__body'>{c.body}</Text>
      <View className='certificate__foot'>
        <View className='certificate__dates'>
          <Text>出具单位：{c.issuer}</Text>
          <Text>出具日期：{dates.issued}</Text>
          <Text>有效期至：{dates.validUntil}</Text>
          <Text className={`certificate__status certificate__status--${c.status}`}>
            状态：{STATUS[c.status]}
            {c.revokeReason ? `（${c.revokeReason}）` : ''}
          </Text>
        </View>
        <View className='certificate__qr'>
          <QrCode rows={c.qr} />
          <Text className='muted'>扫码验真</Text>
          <Text className='certificate__code'>验证码 {formatVerifyCode(c.code)}</Text>
        </View>
      </View>
      {process.env.TARO_ENV === 'h5' ? null : (
        <Canvas type='2d' id='cert-canvas' className='certificate__canvas' />
      )}
      <View className='certificate__buttons no-print'>
        {process.env.TARO_ENV === 'h5' ? (
          <Button size='mini' onClick={() => window.print()}>
            打印 / 另存为PDF
          </Button>
        ) : (
          <Button size='mini' onClick={() => void saveImage()}>
            保存为图片
          </Button>
        )}
        <Button
          size='mini'
          onClick={() => void Taro.setClipboardData({ data: c.verifyUrl }).catch(() => undefined)}
        >
          复制验真链接
        </Button>
      </View>
      {error ? <Text className='field__error no-print'>{error}</Text> : null}
      {notice.status}
    </View>
  )
}
