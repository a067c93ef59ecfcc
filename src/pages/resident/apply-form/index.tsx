import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import OnBehalfPicker from '@/components/OnBehalfPicker'
import PhotoGrid from '@/components/PhotoGrid'
import { LoadError } from '@/components/StatusView/LoadError'
import { PageError, PageNotice, PageStatus } from '@/components/StatusView'
import { openPage } from '@/components/navigate'
import { useStores } from '@/stores/context'
import { OnBehalfStore } from '@/stores/OnBehalfStore'
import type { ApplicationFormStore } from './ApplicationFormStore'
import { openApplicationForm } from './openForm'
import FieldInput from './FieldInput'
import PromiseField from './PromiseField'
import './index.css'
import { PAGE, pageUrl } from '@shared/routes'
import { usePageClass } from '@/components/ElderMode/usePageClass'

/** The application form of one certificate type (?type=residence), or a correction (?id=…). */
function ApplyFormPage() {
  const pageClass = usePageClass()
  const root = useStores()
  const { session } = root
  const { type: typeKey, id, behalf: behalfParam } = useRouter().params
  // 代办: staff apply for a resident (the server decides whose; a resident's ?behalf is ignored).
  const behalf = behalfParam === '1' && session.isStaff
  const [form, setForm] = useState<ApplicationFormStore | null>(null)
  const [proxy, setProxy] = useState<OnBehalfStore | null>(null)
  const [failure, setFailure] = useState('')
  const [attempt, retry] = useState(0)

  useEffect(() => {
    if (session.status !== 'ready' || form) return
    const { cloud, storage, photos, keeper } = root.services
    const { openid, address } = session
    const deps = { cloud, storage, photos, keeper, openid, address, behalf }
    openApplicationForm(deps, root.reference.catalogue, { id, typeKey })
      .then((f) => {
        void Taro.setNavigationBarTitle({ title: `${f.behalf ? '代办' : '申请'}${f.type.name}` })
        setFailure('')
        setForm(f)
        if (f.behalf) setProxy(new OnBehalfStore(cloud, f.behalf))
      })
      .catch((e: Error) => setFailure(e.message || '加载失败，请稍后重试'))
  }, [session.status, form, root, session, id, typeKey, attempt, behalf])
  useEffect(() => () => form?.dispose(), [form])

  if (session.status === 'signedOut')
    return (
      <PageNotice
        text='请先在「我的」中登录后再办理'
        next={{ label: '去登录', onClick: () => openPage('switchTab', PAGE.me) }}
      />
    )
  if (failure) return <PageError error={failure} onRetry={() => retry((n) => n + 1)} />
  if (!form) return <PageStatus />
  if (form.result) {
    const r = form.result
    return (
      <View className={pageClass}>
        <View className='card apply__done'>
          <Text className='apply__done-title'>申请已提交</Text>
          <Text>申请编号：{r.no}</Text>
          <Text className='muted'>
            街道将在 {form.type.timeLimitDays} 个工作日内审核，
            {form.behalf
              ? '结果会通知居民；居民未用小程序的，每一步都会提醒您电话告知。'
              : '结果会通过消息通知您。'}
          </Text>
          <Button
            className='btn-primary'
            onClick={() => void Taro.redirectTo({ url: pageUrl('application', { id: r.id }) })}
          >
            查看办理进度
          </Button>
        </View>
      </View>
    )
  }
  return (
    <View className={`${pageClass} apply`}>
      {form.type.enabled ? null : (
        <View className='notice'>该证明暂停网上办理，请到便民服务大厅办理</View>
      )}
      {proxy ? (
        <OnBehalfPicker store={proxy} error={form.errors.onBehalf} title='代办对象' />
      ) : null}
      <View className='card'>
        {form.type.fields.map((f) => (
          <FieldInput key={f.key} form={form} spec={f} address={session.address} />
        ))}
      </View>
      <PromiseField form={form} />
      {form.type.attachments.map((slot) => (
        <View className='card' key={slot.kind}>
          <Text className='card-title'>
            {slot.label}
            {form.slotOptional(slot) ? '（选填）' : ''}
          </Text>
          <Text className='muted apply__hint'>{slot.hint}</Text>
          <PhotoGrid photos={form.uploads[slot.kind]} label='拍照/相册' />
          {form.errors[`attachments.${slot.kind}`] ? (
            <Text className='field__error'>{form.errors[`attachments.${slot.kind}`]}</Text>
          ) : null}
        </View>
      ))}
      {form.errors.attachments ? (
        <Text className='field__error'>{form.errors.attachments}</Text>
      ) : null}
      {form.previewError ? (
        <LoadError error={form.previewError} onRetry={() => void form.loadPreviews()} />
      ) : null}
      {form.message ? <View className='notice apply__message'>{form.message}</View> : null}
      <Button
        className='btn-primary btn-main apply__submit'
        loading={form.sending}
        onClick={() => void form.submit()}
      >
        {form.sending ? '提交中…' : form.isResubmit ? '重新提交' : '提交申请'}
      </Button>
    </View>
  )
}

export default observer(ApplyFormPage)
