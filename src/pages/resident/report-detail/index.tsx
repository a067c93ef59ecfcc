import { Button, Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import type { ReportDetail } from '@shared/contracts/report'
import { useStores } from '@/stores/context'
import './index.css'

/** One report: status, photos, where, who handles it (with a call button), and every event. */
function ReportDetailPage() {
  const { services } = useStores()
  const id = useRouter().params.id ?? ''
  const [report, setReport] = useState<ReportDetail | null>(null)
  const [urls, setUrls] = useState<Record<string, string>>({})
  const [error, setError] = useState('')

  useDidShow(() => {
    services.cloud
      .call('report.get', { id })
      .then(async (r) => {
        setReport(r)
        const files = [...r.photos, ...r.events.flatMap((e) => e.photos ?? [])]
        setUrls(await services.cloud.getFileUrls(files))
      })
      .catch((e: Error) => setError(e.message))
  })

  if (error)
    return (
      <View className='page'>
        <View className='card'>
          <Text>{error}</Text>
        </View>
      </View>
    )
  if (!report)
    return (
      <View className='page'>
        <Text className='muted'>加载中…</Text>
      </View>
    )
  const preview = (fileID: string, all: string[]) =>
    void Taro.previewImage({ current: urls[fileID], urls: all.map((f) => urls[f]).filter(Boolean) })

  return (
    <View className='page'>
      <View className='card'>
        <View className='rd__head'>
          <Text className='card-title'>{report.categoryLabel}</Text>
          <Text className='rd__tag'>{report.statusTag}</Text>
        </View>
        <Text className='rd__desc'>{report.description}</Text>
        <View className='rd__photos'>
          {report.photos.map((f) => (
            <Image
              key={f}
              className='rd__photo'
              src={urls[f] ?? ''}
              mode='aspectFill'
              onClick={() => preview(f, report.photos)}
            />
          ))}
        </View>
        <Text className='muted'>
          编号 {report.no} · {report.placeLabel}
        </Text>
        <Text className='muted'>
          {report.urgency === 'urgent' ? '紧急 · ' : ''}
          {report.followers > 0 ? `另有 ${report.followers} 位居民也遇到了` : ''}
        </Text>
      </View>

      <View className='card rd__handler'>
        <View className='rd__handler-text'>
          <Text className='rd__handler-name'>{report.handler.name}</Text>
          <Text className='muted'>{report.handler.contactName}</Text>
        </View>
        {report.handler.contactPhone ? (
          <Button
            size='mini'
            className='btn-primary'
            onClick={() =>
              void Taro.makePhoneCall({ phoneNumber: report.handler.contactPhone }).catch(
                () => undefined,
              )
            }
          >
            打电话
          </Button>
        ) : null}
      </View>

      <View className='card'>
        <Text className='card-title'>办理进度</Text>
        {[...report.events].reverse().map((e, i) => (
          <View key={`${e.at}-${i}`} className='rd__event'>
            <View className='rd__dot' />
            <View className='rd__event-body'>
              <Text className='rd__event-title'>{e.label}</Text>
              <Text className='muted'>
                {e.by} · {e.at.slice(0, 16).replace('T', ' ')}
              </Text>
              {e.note ? <Text>{e.note}</Text> : null}
              {e.photos?.length ? (
                <View className='rd__photos'>
                  {e.photos.map((f) => (
                    <Image
                      key={f}
                      className='rd__photo'
                      src={urls[f] ?? ''}
                      mode='aspectFill'
                      onClick={() => preview(f, e.photos ?? [])}
                    />
                  ))}
                </View>
              ) : null}
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}

export default observer(ReportDetailPage)
