import { Button, Text, Textarea, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import { REJECT_REASONS, type RejectReasonKey } from '@shared/certificates'
import type { ApplicationDetail } from '@shared/contracts/certificate'
import { insertPhrase } from '@shared/phrases'
import { useNotice } from '@/components/Notice/useNotice'
import PhraseChips from '@/components/PhraseChips'
import { useStores } from '@/stores/context'
import type { ReviewForm, ReviewStore } from './ReviewStore'

type Form = ReviewForm | null
const NOTE_HINT = {
  reject: '补充说明（选“其他”时必填），申请人可见',
  requestMaterial: '需要补充哪些材料，申请人可见',
  revoke: '撤销原因，持证人和查验人可见',
}

/** The reviewer's buttons: only what the state table allows now; each answer replaces the view. */
export const ReviewActions = observer(function ReviewActions({
  a,
  store,
}: {
  a: ApplicationDetail
  store: ReviewStore
}) {
  const [form, setForm] = useState<Form>(null)
  const [reason, setReason] = useState<RejectReasonKey | ''>('')
  const [note, setNote] = useState('')
  const { reference } = useStores()
  const { busy, error } = store
  const notice = useNotice()
  const open = (f: Form) => {
    setForm(f)
    // 常用语 of 不予通过, kept by the office (the reason list stays the fixed REJECT_REASONS).
    if (f === 'reject') void reference.phrases.show()
  }
  const done = (ok: boolean) => {
    if (!ok) return
    setForm(null)
    setNote('')
    notice.tell('已处理')
  }
  const approve = async () => {
    const yes = await notice.ask({
      title: '审核通过并出证？',
      content: '将生成证明编号和验证码',
      confirmText: '出证',
    })
    if (yes) done(await store.approve(a))
  }
  const send = async () => {
    if (form) done(await store.decide(a, form, note, reason))
  }
  // Once nothing is left to do, the outcome still shows (长辈版's status line).
  if (!a.actions.length) return <>{notice.status}</>
  return (
    <View className='card'>
      {notice.status}
      {notice.question}
      <View className='field__actions'>
        {a.actions.includes('approve') ? (
          <Button className='btn-primary' size='mini' loading={busy} onClick={() => void approve()}>
            审核通过并出证
          </Button>
        ) : null}
        {a.actions.includes('requestMaterial') ? (
          <Button size='mini' onClick={() => open('requestMaterial')}>
            要求补充材料
          </Button>
        ) : null}
        {a.actions.includes('reject') ? (
          <Button size='mini' onClick={() => open('reject')}>
            不予通过
          </Button>
        ) : null}
        {a.actions.includes('revoke') ? (
          <Button size='mini' onClick={() => open('revoke')}>
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
          {form === 'reject' ? (
            <PhraseChips
              phrases={reference.phrases.value?.lists.certReject ?? []}
              onPick={(p) => setNote(insertPhrase(note, p))}
            />
          ) : null}
          <Textarea
            className='field__input review__note'
            placeholder={NOTE_HINT[form]}
            value={note}
            maxlength={200}
            onInput={(e) => setNote(e.detail.value)}
          />
          <Button className='btn-primary' loading={busy} onClick={() => void send()}>
            确定
          </Button>
        </View>
      ) : null}
      {error ? <Text className='field__error'>{error}</Text> : null}
    </View>
  )
})
