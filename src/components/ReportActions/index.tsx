import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import type { HandlerOption } from '@shared/contracts/grid'
import type { ReportDetail, TransitionRequest } from '@shared/contracts/report'
import { formErrors, type AppError } from '@shared/errors'
import { actionLabel } from '@shared/reports'
import { uploadPath } from '@shared/uploads'
import PhotoGrid from '@/components/PhotoGrid'
import { compressPhoto } from '@/services/photos'
import { pickPhotos } from '@/services/photos/pick'
import { useStores } from '@/stores/context'
import { PhotoUploads } from '@/stores/PhotoUploads'
import { FORMS, REASON_HINT } from './fields'
import { addDays } from '@shared/time'
import './index.css'

interface Props {
  report: ReportDetail
  onDone: (next: ReportDetail) => void
}

/**
 * The buttons the shared transition table allows this viewer now (report.actions), and the small
 * form each needs. The server checks everything again; a stale version comes back as a clear
 * message and the page reloads.
 */
function ReportActions({ report, onDone }: Props) {
  const { services, session } = useStores()
  const [action, setAction] = useState('')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [rating, setRating] = useState(0)
  const [to, setTo] = useState<HandlerOption | null>(null)
  const [handlers, setHandlers] = useState<HandlerOption[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [photos] = useState(
    () =>
      new PhotoUploads(services.cloud, compressPhoto, (id) =>
        uploadPath(session.openid, id, new Date()),
      ),
  )
  const form = FORMS[action] ?? {}
  useEffect(() => {
    if (form.to && !handlers.length)
      void services.cloud
        .call('grid.handlers', {})
        .then((r) => setHandlers(r.handlers))
        .catch(() => undefined)
  }, [form.to, handlers.length, services])

  if (!report.actions.length) return null
  const set = (k: string) => (e: { detail: { value: string } }) =>
    setFields({ ...fields, [k]: e.detail.value })
  const submit = async () => {
    if (busy) return
    if (photos.busy) return setErrors({ form: '照片还在上传，请稍候' })
    setBusy(true)
    const req: TransitionRequest = { id: report.id, version: report.version, action }
    if (form.reason) req.reason = fields.reason
    if (form.note) req.note = fields.note
    if (form.photos) req.photos = photos.fileIDs
    if (form.rating) Object.assign(req, { rating, comment: fields.note })
    if (form.to && to) req.to = { kind: to.kind, id: to.id }
    if (form.duplicateOf) req.duplicateOf = fields.duplicateOf
    if (form.department)
      Object.assign(req, {
        department: fields.department,
        deadline: addDays(Date.now(), Number(fields.days || 3)).getTime(),
      })
    try {
      const next = await services.cloud.call('report.transition', req)
      setAction('')
      setFields({})
      setErrors({})
      onDone(next)
    } catch (err) {
      setErrors(formErrors(err as AppError))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card ra'>
      <View className='ra__buttons'>
        {report.actions.map((a) => (
          <Button
            key={a}
            size='mini'
            className={`ra__btn ${action === a ? 'btn-primary' : ''} ${FORMS[a]?.danger ? 'ra__btn--danger' : ''}`}
            onClick={() => setAction(action === a ? '' : a)}
          >
            {actionLabel(a)}
          </Button>
        ))}
      </View>
      {action ? (
        <View className='ra__form'>
          {form.rating ? (
            <View className='ra__stars'>
              {[1, 2, 3, 4, 5].map((n) => (
                <Text
                  key={n}
                  className={`ra__star ${n <= rating ? 'ra__star--on' : ''}`}
                  onClick={() => setRating(n)}
                >
                  ★
                </Text>
              ))}
            </View>
          ) : null}
          {form.to ? (
            <Picker
              mode='selector'
              range={handlers.map((h) => `${h.kind === 'grid' ? '网格' : '物业'}：${h.name}`)}
              onChange={(e) => setTo(handlers[Number(e.detail.value)] ?? null)}
            >
              <View className='ra__picker'>{to ? to.name : '选择转给哪个网格或物业公司'}</View>
            </Picker>
          ) : null}
          {form.duplicateOf ? (
            <Input
              className='ra__input'
              placeholder='与之重复的报事编号（ID）'
              value={fields.duplicateOf ?? ''}
              onInput={set('duplicateOf')}
            />
          ) : null}
          {form.department ? (
            <View>
              <Input
                className='ra__input'
                placeholder='报到部门，如：城管执法中队'
                value={fields.department ?? ''}
                onInput={set('department')}
              />
              <Input
                className='ra__input'
                type='number'
                placeholder='几天内办结（1–30）'
                value={fields.days ?? ''}
                onInput={set('days')}
              />
            </View>
          ) : null}
          {form.reason ? (
            <Textarea
              className='ra__text'
              placeholder={REASON_HINT[action] ?? '原因'}
              value={fields.reason ?? ''}
              onInput={set('reason')}
            />
          ) : null}
          {form.note ? (
            <Textarea
              className='ra__text'
              placeholder={
                form.rating
                  ? '说说处理结果（可选）'
                  : form.note === 'required'
                    ? '办理情况（必填）'
                    : '备注（可选）'
              }
              value={fields.note ?? ''}
              onInput={set('note')}
            />
          ) : null}
          {form.photos ? (
            <PhotoGrid
              photos={photos}
              onAdd={() => void pickPhotos(photos.remaining).then((f) => photos.add(f))}
              label='处理后照片'
            />
          ) : null}
          {Object.entries(errors).map(([k, m]) => (
            <Text key={k} className='field__error'>
              {m}
            </Text>
          ))}
          <Button className='btn-primary ra__submit' loading={busy} onClick={() => void submit()}>
            {actionLabel(action).startsWith('确认')
              ? actionLabel(action)
              : `确认${actionLabel(action)}`}
          </Button>
        </View>
      ) : null}
    </View>
  )
}

export default observer(ReportActions)
