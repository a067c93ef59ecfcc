import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import type { ApplicationDetail } from '@shared/contracts/certificate'
import { LoadError } from '@/components/StatusView/LoadError'
import { useFileUrls } from '@/stores/useFileUrls'
import { CertificateCard } from './CertificateCard'
import { formatBeijing } from '@shared/time'
import './index.css'
import { InfoRow } from '@/components/InfoRow'
import { ZoomView } from './ZoomView'

const FORM_LABEL: Record<string, string> = {
  householdSize: '家庭人口（人）',
  monthlyIncome: '家庭人均月收入（元）',
  reason: '困难原因',
}

/**
 * An application as its applicant or the reviewer sees it (the server decides what is masked).
 * `desk`: the reviewer's wide screen — attachments beside the form, opened in the zoom view.
 */
export const ApplicationView = observer(function ApplicationView(props: {
  a: ApplicationDetail
  desk?: boolean
}) {
  const { a, desk } = props
  const files = useFileUrls(a.attachments.map((f) => f.fileID))
  const { urls } = files
  const all = a.attachments.map((f) => urls[f.fileID]).filter(Boolean)
  const shown = a.attachments.filter((f) => urls[f.fileID])
  const [zoom, setZoom] = useState(-1)
  const open = (fileID: string) =>
    desk
      ? setZoom(shown.findIndex((f) => f.fileID === fileID))
      : void Taro.previewImage({ current: urls[fileID], urls: all })
  return (
    <View className={desk ? 'application-view--desk' : ''}>
      {zoom >= 0 ? (
        <ZoomView
          files={shown.map((f) => ({ url: urls[f.fileID], label: f.label }))}
          index={zoom}
          onIndex={setZoom}
          onClose={() => setZoom(-1)}
        />
      ) : null}
      <CertificateCard a={a} />
      <View className='card'>
        <View className='application-view__head'>
          <Text className='card-title'>{a.typeName}</Text>
          <Text className={`application-view__state application-view__state--${a.state}`}>
            {a.stateLabel}
          </Text>
        </View>
        <Text className='muted'>申请编号 {a.no}</Text>
        {a.deadline ? (
          <Text className={a.overdue ? 'field__error' : 'muted'}>
            {a.overdue ? '已超过承诺时限 ' : '承诺办结 '}
            {formatBeijing(a.deadline)}
          </Text>
        ) : null}
        {a.decisionNote ? (
          <View className='notice application-view__note'>{a.decisionNote}</View>
        ) : null}
      </View>
      <View className='card application-view__rows'>
        <InfoRow k='申请人' v={a.applicantName} />
        <InfoRow k='身份证号' v={a.idNumber} />
        <InfoRow k='联系电话' v={a.phone} />
        <InfoRow k='居住地址' v={a.addressLabel} />
        <InfoRow k='证明用途' v={a.purposeLabel} />
        {Object.entries(FORM_LABEL).map(([k, label]) =>
          a.form[k] !== undefined ? <InfoRow key={k} k={label} v={String(a.form[k])} /> : null,
        )}
        {a.promise ? <InfoRow k='告知承诺' v={`已签署（${a.promise.signedName}）`} /> : null}
      </View>
      {a.attachments.length ? (
        <View className='card application-view__side'>
          <Text className='card-title'>申请材料</Text>
          {files.error ? (
            <LoadError error={files.error} onRetry={() => void files.retry()} />
          ) : null}
          <View className='application-view__files'>
            {a.attachments.map((f) => (
              <View key={f.fileID} className='application-view__file'>
                {urls[f.fileID] ? (
                  <Image
                    className='application-view__img'
                    src={urls[f.fileID]}
                    mode='aspectFill'
                    onClick={() => open(f.fileID)}
                  />
                ) : (
                  <View className='application-view__img' />
                )}
                <Text className='muted'>{f.label}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <View className='card'>
        <Text className='card-title'>办理记录</Text>
        {a.events.map((e, i) => (
          <View key={i} className='application-view__event'>
            <Text>{e.label}</Text>
            <Text className='muted'>{formatBeijing(e.at)}</Text>
            {e.note ? <Text className='muted'>{e.note}</Text> : null}
          </View>
        ))}
      </View>
      {a.certificate ? (
        <View className='card'>
          <Text className='card-title'>核验记录</Text>
          {a.verifications.length === 0 ? <Text className='muted'>还没有人核验过</Text> : null}
          {a.verifications.map((v, i) => (
            <View key={i} className='application-view__event'>
              <Text>{v.verifier}</Text>
              <Text className='muted'>
                {formatBeijing(v.at)} · {v.channel}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
})
