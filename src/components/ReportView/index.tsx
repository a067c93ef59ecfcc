import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ReportDetail } from '@shared/contracts/report'
import type { CloudClient } from '@/services/cloud/types'
import { timelineLine } from '@shared/reports'
import { beijingDay } from '@shared/time'
import './index.css'

const stars = (n: number) => '★★★★★'.slice(0, n) + '☆☆☆☆☆'.slice(0, 5 - n)

/** One report as everyone concerned sees it: status, photos, place, handler, and the timeline. */
export function ReportView({ report, cloud }: { report: ReportDetail; cloud: CloudClient }) {
  const [urls, setUrls] = useState<Record<string, string>>({})
  useEffect(() => {
    const files = [...report.photos, ...report.events.flatMap((e) => e.photos ?? [])]
    if (files.length)
      void cloud
        .getFileUrls(files)
        .then(setUrls)
        .catch(() => undefined)
  }, [report, cloud])
  const preview = (f: string, all: string[]) =>
    void Taro.previewImage({ current: urls[f], urls: all.map((x) => urls[x]).filter(Boolean) })
  const call = (phone: string) =>
    void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
  const Photos = ({ list }: { list: string[] }) => (
    <View className='rv__photos'>
      {list.map((f) => (
        <Image
          key={f}
          className='rv__photo'
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
        <View className='rv__head'>
          <Text className='card-title'>
            {report.urgency === 'urgent' ? '【紧急】' : ''}
            {report.categoryLabel}
          </Text>
          <Text className='rv__tag'>{report.statusTag}</Text>
        </View>
        <Text className='rv__desc'>{report.description}</Text>
        <Photos list={report.photos} />
        <Text className='muted rv__line'>
          编号 {report.no} · {report.placeLabel}
        </Text>
        {report.followers > 0 ? (
          <Text className='muted rv__line'>另有 {report.followers} 位居民也遇到了</Text>
        ) : null}
        {report.department ? (
          <Text className='rv__line'>
            报到部门：{report.department.name}（{beijingDay(report.department.deadline)} 前办结）
          </Text>
        ) : null}
        {report.rating ? (
          <Text className='rv__line rv__rating'>
            评价：{stars(report.rating.score)} {report.rating.comment}
          </Text>
        ) : null}
      </View>
      <View className='card rv__person'>
        <View className='rv__person-text'>
          <Text className='rv__person-name'>{report.handler.name}</Text>
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
        <View className='card rv__person'>
          <View className='rv__person-text'>
            <Text className='rv__person-name'>报事人 {report.reporter.name || '居民'}</Text>
            <Text className='muted'>{report.reporter.phone}</Text>
          </View>
          {report.reporter.phone ? (
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
            <View key={`${e.at}-${i}`} className='rv__event'>
              <View className='rv__dot' />
              <View className='rv__event-body'>
                <Text className='rv__event-title'>{line.title}</Text>
                <Text className='muted'>
                  {line.by} · {line.at}
                </Text>
                {line.details.map((d) => (
                  <Text key={d.label} className='rv__event-detail'>
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
}
