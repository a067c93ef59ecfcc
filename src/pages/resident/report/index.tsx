import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import PhotoGrid from '@/components/PhotoGrid'
import { PageError, PageNotice, PageStatus } from '@/components/StatusView'
import { openPage, preloadPages } from '@/components/navigate'
import { useStores } from '@/stores/context'
import { PAGE } from '@shared/routes'
import DuplicateList from './DuplicateList'
import OnBehalfPicker from '@/components/OnBehalfPicker'
import { OnBehalfStore } from '@/stores/OnBehalfStore'
import PlaceField from './PlaceField'
import { MAX_DESCRIPTION, ReportFormStore, type Target } from './ReportFormStore'
import SubmitResult from './SubmitResult'
import VoiceField from './VoiceField'
import './index.css'

const TITLE: Record<Target, string> = { grid: '报网格员', property: '报物业' }

/** 一键报事: photos, what, where, how urgent — then one tap to send (or keep as 待发送). */
function ReportPage() {
  const root = useStores()
  const { session } = root
  // 长辈版 in the mini-program too (H5 also sets it on <html>).
  const pageClass = usePageClass('report')
  const params = useRouter().params
  const target: Target = params.target === 'property' ? 'property' : 'grid'
  const [form, setForm] = useState<ReportFormStore | null>(null)
  // 代报: staff filing for a resident (the server decides whether they may).
  const behalf = params.behalf === '1' && session.isStaff
  const [proxy, setProxy] = useState<OnBehalfStore | null>(null)
  useEffect(() => {
    if (behalf && form && !proxy) setProxy(new OnBehalfStore(root.services.cloud, form))
  }, [behalf, form, proxy, root])

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: behalf ? '代居民报事' : TITLE[target] })
    if (session.status !== 'ready' || form) return
    const { cloud, storage, photos, location, keeper, recorder } = root.services
    setForm(
      new ReportFormStore(target, {
        cloud,
        storage,
        outbox: root.outbox,
        photos,
        keeper,
        location,
        recorder,
        openid: session.openid,
        address: session.address,
      }),
    )
  }, [session.status, target, form, root, session, behalf])
  useEffect(() => () => form?.dispose(), [form])
  // While the network is here: the pages offered after 待发送 then open without it (H5 chunks).
  useEffect(() => preloadPages([PAGE.myReports, PAGE.home]), [])

  if (session.status === 'signedOut')
    return (
      <PageNotice
        text='请先在「我的」中登录后再报事'
        next={{ label: '去登录', onClick: () => openPage('switchTab', PAGE.me) }}
      />
    )
  if (session.status === 'error')
    return <PageError error={session.errorMessage} onRetry={() => void session.load()} />
  if (!form) return <PageStatus />
  if (form.phase === 'sent' || form.phase === 'queued') return <SubmitResult form={form} />

  const category = form.category
  return (
    <View className={pageClass}>
      {proxy ? <OnBehalfPicker store={proxy} error={form.errors.onBehalf} /> : null}
      <View className='card'>
        <Text className='card-title'>
          拍照上报{category?.photoRequired === false ? '（可选）' : ''}
        </Text>
        <PhotoGrid photos={form.photos} label='拍照/相册' />
        {form.errors.photos ? <Text className='field__error'>{form.errors.photos}</Text> : null}
      </View>

      <View className='card'>
        <Text className='card-title'>问题类型</Text>
        <View className='report__categories'>
          {form.categories.map((c) => (
            <View
              key={c.key}
              className={`chip chip--big ${c.key === form.categoryKey ? 'chip--on' : ''}`}
              onClick={() => form.set('categoryKey', c.key)}
            >
              {c.label}
            </View>
          ))}
        </View>
        {form.errors.categoryKey ? (
          <Text className='field__error'>{form.errors.categoryKey}</Text>
        ) : null}
      </View>

      <VoiceField voice={form.voice} error={form.errors.voice} />

      <View className='card'>
        <Text className='card-title'>问题描述{form.voice.clip ? '（有语音时可不填）' : ''}</Text>
        <Textarea
          className='report__text'
          placeholder='说说看到了什么，例如：2单元3楼楼道灯不亮'
          maxlength={MAX_DESCRIPTION}
          value={form.description}
          onInput={(e) => form.set('description', e.detail.value)}
        />
        <Text className={`report__counter ${form.descriptionLeft < 0 ? 'field__error' : 'muted'}`}>
          还可输入 {Math.max(0, form.descriptionLeft)} 字
        </Text>
        {form.errors.description ? (
          <Text className='field__error'>{form.errors.description}</Text>
        ) : null}
      </View>

      <View className='card'>
        <PlaceField form={form} />
        <View className='field'>
          <Text className='field__label'>紧急程度</Text>
          <View className='field__actions'>
            {(['normal', 'urgent'] as const).map((u) => (
              <View
                key={u}
                className={`chip chip--big ${form.urgency === u ? 'chip--on' : ''}`}
                onClick={() => form.set('urgency', u)}
              >
                {u === 'normal' ? '普通' : '紧急（危及安全）'}
              </View>
            ))}
          </View>
        </View>
      </View>

      <View className='card'>
        <Text className='card-title'>回电</Text>
        <View className='field__actions'>
          {([false, true] as const).map((no) => (
            <View
              key={String(no)}
              className={`chip chip--big ${form.noCallback === no ? 'chip--on' : ''}`}
              onClick={() => form.set('noCallback', no)}
            >
              {no ? '不需要回电' : '请回电告知结果'}
            </View>
          ))}
        </View>
        {form.errors.noCallback ? (
          <View>
            <Text className='field__error'>{form.errors.noCallback}</Text>
            {behalf ? null : (
              <Text className='link' onClick={() => openPage('navigateTo', PAGE.profile)}>
                去绑定手机号
              </Text>
            )}
          </View>
        ) : null}
      </View>

      {form.phase === 'duplicates' ? <DuplicateList form={form} /> : null}
      {form.message ? <View className='notice report__message'>{form.message}</View> : null}
      <Button
        className='btn-primary btn-main report__submit'
        loading={form.phase === 'submitting' || form.phase === 'checking'}
        onClick={() => void form.submit()}
      >
        {form.phase === 'submitting' ? '提交中…' : form.phase === 'checking' ? '正在核对…' : '提交'}
      </Button>
    </View>
  )
}

export default observer(ReportPage)
