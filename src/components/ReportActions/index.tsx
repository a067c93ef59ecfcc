import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import type { ReportDetail } from '@shared/contracts/report'
import {
  actionLabel,
  CALLBACK_OUTCOMES,
  categoryLabel,
  RESIDENT_CATEGORIES,
  type ReportAction,
} from '@shared/reports'
import PhotoGrid from '@/components/PhotoGrid'
import PhraseChips from '@/components/PhraseChips'
import { LoadError } from '@/components/StatusView/LoadError'
import { useStores } from '@/stores/context'
import { ReportActionsStore } from '@/stores/ReportActionsStore'
import { DANGER, PHOTO_LABEL, REASON_HINT } from './fields'
import MergeByNumber from './MergeByNumber'
import './index.css'

interface Props {
  report: ReportDetail
  onDone: (next: ReportDetail) => void
}

/** 1–5 stars, each a named button; chosen ones are filled (★ vs ☆), not only coloured. */
function Stars({ rating, onRate }: { rating: number; onRate: (n: number) => void }) {
  return (
    <View className='report-actions__rate'>
      <Text className='report-actions__rate-title'>
        {rating ? `您的评分：${rating} 星` : '给这次处理打分（点星星）'}
      </Text>
      <View className='report-actions__stars'>
        {[1, 2, 3, 4, 5].map((n) => (
          <View
            key={n}
            role='button'
            aria-label={`${n} 星`}
            aria-pressed={n <= rating}
            className={`report-actions__star ${n <= rating ? 'report-actions__star--on' : ''}`}
            onClick={() => onRate(n)}
          >
            {n <= rating ? '★' : '☆'}
          </View>
        ))}
      </View>
    </View>
  )
}

/**
 * The buttons the shared transition table allows this viewer now (report.actions), and the small
 * form each needs (ReportActionsStore). The server checks everything again; a stale version comes
 * back as a clear message and the page reloads.
 */
function ReportActions({ report, onDone }: Props) {
  const { services, session, reference } = useStores()
  const [store] = useState(
    () =>
      new ReportActionsStore({
        cloud: services.cloud,
        photos: services.photos,
        reference,
        openid: session.openid,
      }),
  )
  if (!report.actions.length) return null
  const { action, fields: f, values } = store
  const input = (k: string) => (e: { detail: { value: string } }) => store.set(k, e.detail.value)
  const submit = async () => {
    const next = await store.submit(report)
    if (next) onDone(next)
  }
  const notePlaceholder = f.note === 'required' ? '办理情况（必填）' : '备注（可选）'

  // The stars sit on the report as soon as it can be rated: one tap rates (不藏在按钮后面).
  const canRate = report.actions.includes('confirm') && (!action || action === 'confirm')
  return (
    <View className='card report-actions'>
      {canRate ? <Stars rating={store.rating} onRate={(n) => store.rate(n)} /> : null}
      <View className='report-actions__buttons'>
        {report.actions.map((a) => (
          <Button
            key={a}
            size='mini'
            className={`report-actions__btn ${action === a ? 'btn-primary' : ''} ${DANGER.has(a) ? 'report-actions__btn--danger' : ''}`}
            onClick={() => store.choose(a as ReportAction)}
          >
            {actionLabel(a)}
          </Button>
        ))}
      </View>
      {action ? (
        <View className='report-actions__form'>
          {f.outcome ? (
            <View className='report-actions__buttons'>
              {CALLBACK_OUTCOMES.map((o) => (
                <Button
                  key={o.key}
                  size='mini'
                  className={`report-actions__btn ${values.outcome === o.key ? 'btn-primary' : ''}`}
                  onClick={() => store.set('outcome', o.key)}
                >
                  {o.label}
                </Button>
              ))}
            </View>
          ) : null}
          {f.to ? (
            <Picker
              mode='selector'
              range={store.handlers.map((h) => `${h.kind === 'grid' ? '网格' : '物业'}：${h.name}`)}
              onChange={(e) => store.setTo(store.handlers[Number(e.detail.value)] ?? null)}
            >
              <View className='report-actions__picker'>
                {store.to ? store.to.name : '选择转给哪个网格或物业公司'}
              </View>
            </Picker>
          ) : null}
          {f.to && store.handlersError ? (
            <LoadError
              error={`网格和物业公司列表加载失败：${store.handlersError}`}
              onRetry={() => store.loadHandlers()}
            />
          ) : null}
          {f.categoryKey ? (
            <Picker
              mode='selector'
              range={RESIDENT_CATEGORIES.map((c) => c.label)}
              onChange={(e) =>
                store.set('categoryKey', RESIDENT_CATEGORIES[Number(e.detail.value)]?.key ?? '')
              }
            >
              <View className='report-actions__picker'>
                {values.categoryKey
                  ? `新类别：${categoryLabel(values.categoryKey)}`
                  : `选择新的类别（现为 ${categoryLabel(report.categoryKey)}）`}
              </View>
            </Picker>
          ) : null}
          {f.duplicateOf ? <MergeByNumber report={report} lookup={store.duplicate} /> : null}
          {f.department ? (
            <View>
              <Input
                className='report-actions__input'
                placeholder='报到部门，如：城管执法中队'
                value={values.department ?? ''}
                onInput={input('department')}
              />
              <Input
                className='report-actions__input'
                type='number'
                placeholder='几天内办结（1–30）'
                value={values.days ?? ''}
                onInput={input('days')}
              />
            </View>
          ) : null}
          <PhraseChips phrases={store.phrases} onPick={(p) => store.usePhrase(p)} />
          {f.reason ? (
            <Textarea
              className='report-actions__text'
              placeholder={REASON_HINT[action] ?? '原因'}
              value={values.reason ?? ''}
              onInput={input('reason')}
            />
          ) : null}
          {f.note ? (
            <Textarea
              className='report-actions__text'
              placeholder={notePlaceholder}
              value={values.note ?? ''}
              onInput={input('note')}
            />
          ) : null}
          {f.comment ? (
            <Textarea
              className='report-actions__text'
              placeholder='说说处理结果（可选）'
              value={values.comment ?? ''}
              onInput={input('comment')}
            />
          ) : null}
          {f.photos ? (
            <PhotoGrid photos={store.photos} label={PHOTO_LABEL[action] ?? '照片'} />
          ) : null}
          {Object.entries(store.errors).map(([k, m]) => (
            <Text key={k} className='field__error'>
              {m}
            </Text>
          ))}
          <Button
            className='btn-primary report-actions__submit'
            loading={store.busy}
            onClick={() => void submit()}
          >
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
