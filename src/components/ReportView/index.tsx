import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import type { ReportDetail } from '@shared/contracts/report'
import { timelineLine, urgentMark } from '@shared/reports'
import { beijingDay } from '@shared/time'
import { LoadError } from '@/components/StatusView/LoadError'
import VoicePlayer from '@/components/VoicePlayer'
import { useFileUrls } from '@/stores/useFileUrls'
import './index.css'

const stars = (n: number) => '★★★★★'.slice(0, n) + '☆☆☆☆☆'.slice(0, 5 - n)

/** One report as everyone concerned sees it: status, photos, place, handler, and the timeline. */
export const ReportView = observer(function ReportView({ report }: { report: ReportDetail }) {
  const voice = report.voice
  const files = useFileUrls([
    ...report.photos,
    ...report.events.flatMap((e) => e.photos ?? []),
    ...(voice ? [voice.fileID] : []),
  ])
  const { urls } = files
  const preview = (f: string, all: string[]) =>
    void Taro.previewImage({ current: urls[f], urls: all.map((x) => urls[x]).filter(Boolean) })
  const call = (phone: string) =>
    void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
  const Photos = ({ list }: { list: string[] }) => (
    <View className='report-view__photos'>
      {list.map((f) => (
        <Image
          key={f}
          className='report-view__photo'
          src={urls[f] ?? ''}
          mode='aspectFill'
          onClick={() => preview(f, list)}
        />
      ))}
    </View>
  )
  return (
    <View>
      <View className='card'>
        <View className='report-view__head'>
          <Text className='card-title'>{urgentMark(report.urgency) + report.categoryLabel}</Text>
          <Text className='report-view__tag'>{report.statusTag}</Text>
        </View>
        {report.description ? (
          <Text className='report-view__desc'>{report.description}</Text>
        ) : null}
        {/* 按住说话: the reporter's voice (sent to the reporter, the handler and the office only). */}
        {voice ? (
          <VoicePlayer src={urls[voice.fileID] ?? ''} seconds={voice.seconds} />
        ) : null}
        <Photos list={report.photos} />
        {files.error ? <LoadError error={files.error} onRetry={() => void files.retry()} /> : null}
        <Text className='muted report-view__line'>
          编号 {report.no} · {report.placeLabel}
        </Text>
        {report.followers > 0 ? (
          <Text className='muted report-view__line'>另有 {report.followers} 位居民也遇到了</Text>
        ) : null}
        {report.department ? (
          <Text className='report-view__line'>
            报到部门：{report.department.name}（{beijingDay(report.department.deadline)} 前办结）
          </Text>
        ) : null}
        {report.rating ? (
          <Text className='report-view__line report-view__rating'>
            评价：{stars(report.rating.score)} {report.rating.comment}
          </Text>
        ) : null}
      </View>
      <View className='card report-view__person'>
        <View className='report-view__person-text'>
          <Text className='report-view__person-name'>{report.handler.name}</Text>
          <Text className='muted'>{report.handler.contactName}</Text>
        </View>
        {report.handler.contactPhone ? (
          <Button
            size='mini'
            className='btn-primary'
            onClick={() => call(report.handler.contactPhone)}
          >
            打电话
          </Button>
        ) : null}
      </View>
      {report.reporter ? (
        <View className='card report-view__person'>
          <View className='report-view__person-text'>
            <Text className='report-view__person-name'>
              报事人 {report.reporter.name || '居民'}
            </Text>
            <Text className='muted'>{report.reporter.phone}</Text>
            {report.proxyBy ? <Text className='muted'>{report.proxyBy} 代报</Text> : null}
            {report.noCallback ? <Text className='muted'>居民选择了不需要回电</Text> : null}
            {report.callback ? (
              <Text className='muted'>
                回访：{report.callback.label}
                {report.callback.note ? `（${report.callback.note}）` : ''}
              </Text>
            ) : null}
          </View>
          {report.reporter.phone && !report.noCallback ? (
            <Button size='mini' onClick={() => call(report.reporter!.phone)}>
              回电
            </Button>
          ) : null}
        </View>
      ) : null}
      <View className='card'>
        <Text className='card-title'>办理进度</Text>
        {[...report.events].reverse().map((e, i) => {
          const line = timelineLine(e)
          return (
            <View key={`${e.at}-${i}`} className='report-view__event'>
              <View className='report-view__dot' />
              <View className='report-view__event-body'>
                <Text className='report-view__event-title'>{line.title}</Text>
                <Text className='muted'>
                  {line.by} · {line.at}
                </Text>
                {line.details.map((d) => (
                  <Text key={d.label} className='report-view__event-detail'>
                    {d.label}：{d.text}
                  </Text>
                ))}
                {line.photos.length ? <Photos list={line.photos} /> : null}
              </View>
            </View>
          )
        })}
      </View>
    </View>
  )
})
