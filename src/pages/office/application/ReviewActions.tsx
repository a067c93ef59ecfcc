import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { REJECT_REASONS, type RejectReasonKey } from '@shared/certificates'
import type { ApplicationDetail } from '@shared/contracts/certificate'
import type { CloudClient } from '@/services/cloud/types'

type Form = 'reject' | 'requestMaterial' | 'revoke' | null
const NOTE_HINT = {
  reject: '补充说明（选“其他”时必填），申请人可见',
  requestMaterial: '需要补充哪些材料，申请人可见',
  revoke: '撤销原因，持证人和查验人可见',
}

/** The reviewer's buttons: only what the state table allows now; each answer replaces the view. */
export function ReviewActions({
  a,
  cloud,
  onDone,
}: {
  a: ApplicationDetail
  cloud: CloudClient
  onDone: (a: ApplicationDetail) => void
}) {
  const [form, setForm] = useState<Form>(null)
  const [reason, setReason] = useState<RejectReasonKey | ''>('')
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const run = async (p: Promise<{ application: ApplicationDetail }>) => {
    setBusy(true)
    setError('')
    try {
      onDone((await p).application)
      setForm(null)
      setNote('')
      void Taro.showToast({ title: '已处理', icon: 'success' })
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const base = { id: a.id, version: a.version }
  const approve = async () => {
    const ok = await Taro.showModal({
      title: '审核通过并出证？',
      content: '将生成证明编号和验证码',
    })
    if (ok.confirm) void run(cloud.call('certificate.approve', base))
  }
  const send = () => {
    if (form === 'reject')
      void run(
        cloud.call('certificate.reject', { ...base, reasonKey: reason as RejectReasonKey, note }),
      )
    else if (form === 'requestMaterial')
      void run(cloud.call('certificate.requestMaterial', { ...base, note }))
    else if (form === 'revoke') void run(cloud.call('certificate.revoke', { ...base, note }))
  }
  if (!a.actions.length) return null
  return (
    <View className='card'>
      <View className='field__actions'>
        {a.actions.includes('approve') ? (
          <Button className='btn-primary' size='mini' loading={busy} onClick={() => void approve()}>
            审核通过并出证
          </Button>
        ) : null}
        {a.actions.includes('requestMaterial') ? (
          <Button size='mini' onClick={() => setForm('requestMaterial')}>
            要求补充材料
          </Button>
        ) : null}
        {a.actions.includes('reject') ? (
          <Button size='mini' onClick={() => setForm('reject')}>
            不予通过
          </Button>
        ) : null}
        {a.actions.includes('revoke') ? (
          <Button size='mini' onClick={() => setForm('revoke')}>
            撤销证明
          </Button>
        ) : null}
      </View>
      {form ? (
        <View className='review__form'>
          {form === 'reject' ? (
            <View className='field__actions'>
              {REJECT_REASONS.map((r) => (
                <View
                  key={r.key}
                  className={`chip ${reason === r.key ? 'chip--on' : ''}`}
                  onClick={() => setReason(r.key)}
                >
                  {r.label}
                </View>
              ))}
            </View>
          ) : null}
          <Textarea
            className='field__input review__note'
            placeholder={NOTE_HINT[form]}
            value={note}
            maxlength={200}
            onInput={(e) => setNote(e.detail.value)}
          />
          <Button className='btn-primary' loading={busy} onClick={send}>
            确定
          </Button>
        </View>
      ) : null}
      {error ? <Text className='field__error'>{error}</Text> : null}
    </View>
  )
}
