import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import {
  BLANKS,
  CERTIFICATE_TYPE_KEYS,
  CERTIFICATE_TYPES,
  validateWording,
  type CertificateWording,
} from '@shared/certificates'
import type { WordingView } from '@shared/contracts/certificate'
import type { AppError } from '@shared/errors'
import type { CertSettingsStore } from './CertSettingsStore'
import { named } from '@/components/a11y'
import { useNotice } from '@/components/Notice/useNotice'

const BLANK_LIST = BLANKS.map((b) => `{${b}}`).join(' ')

/**
 * 证明文字 (street office): who issues the street's certificates and the text of each type, with
 * blanks filled for each certificate. Checked here with the server's own validator, so a mistake
 * is shown beside its field before anything is sent.
 */
export function WordingForm({ store }: { store: CertSettingsStore }) {
  const [view, setView] = useState<WordingView | null>(null)
  const [draft, setDraft] = useState<CertificateWording | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState('')
  const notice = useNotice()
  const show = (v: WordingView) => {
    setView(v)
    setDraft({ issuer: v.issuer, texts: v.texts })
  }
  useEffect(() => {
    void store
      .wording()
      .then(show)
      .catch((e: Error) => setError(e.message))
  }, [store])
  if (!view || !draft) return <LoadingCard error={error} />
  const setText = (k: keyof CertificateWording['texts'], text: string) =>
    setDraft({ ...draft, texts: { ...draft.texts, [k]: text } })
  const save = async () => {
    try {
      show(await store.saveWording(validateWording(draft)))
      setErrors({})
      setError('')
      notice.tell('证明文字已保存')
    } catch (e) {
      setErrors((e as AppError).fields ?? {})
      setError((e as Error).message)
    }
  }
  return (
    <View className='card'>
      <Text className='card-title'>证明文字</Text>
      <Text className='field__hint'>
        本街道出具的证明上印的出具单位和正文。正文中可用的填空：{BLANK_LIST}
        ，出证时填入申请人的信息；{'{姓名}'}和{'{身份证号}'}须保留。修改只影响今后出具的证明。
      </Text>
      <View className='field'>
        <Text className='field__label'>出具单位</Text>
        <Input
          {...named('出具单位')}
          className='field__input'
          value={draft.issuer}
          onInput={(e) => setDraft({ ...draft, issuer: e.detail.value })}
        />
        {errors.issuer ? <Text className='field__error'>{errors.issuer}</Text> : null}
      </View>
      {CERTIFICATE_TYPE_KEYS.map((k) => {
        const label = `${CERTIFICATE_TYPES[k].name}正文`
        return (
          <View key={k} className='field'>
            <Text className='field__label'>{label}</Text>
            <Textarea
              {...named(label)}
              className='field__input'
              maxlength={-1}
              autoHeight
              value={draft.texts[k]}
              onInput={(e) => setText(k, e.detail.value)}
            />
            {errors[`texts.${k}`] ? (
              <Text className='field__error'>{errors[`texts.${k}`]}</Text>
            ) : null}
            {draft.texts[k] !== view.defaults.texts[k] ? (
              <Button size='mini' onClick={() => setText(k, view.defaults.texts[k])}>
                恢复通用文字
              </Button>
            ) : null}
          </View>
        )
      })}
      {error && !Object.keys(errors).length ? <Text className='field__error'>{error}</Text> : null}
      {notice.status}
      <Button className='btn-primary' onClick={() => void save()}>
        保存证明文字
      </Button>
    </View>
  )
}

function LoadingCard({ error }: { error: string }) {
  return (
    <View className='card'>
      <Text className='card-title'>证明文字</Text>
      <Text className='muted'>{error || '加载中…'}</Text>
    </View>
  )
}
