import { Button, Input, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { formatVerifyCode, verifyCodeFromLaunch } from '@shared/certificates/verify-code'
import { useStores } from '@/stores/context'
import { beijingDay } from '@shared/time'
import { VerifyStore } from './VerifyStore'
import './index.css'
import { InfoRow } from '@/components/InfoRow'

const STATUS = {
  valid: ['证明有效', '该证明由街道办事处出具，真实有效。'],
  expired: ['证明已过期', '该证明真实，但已超过有效期。'],
  revoked: ['证明已撤销', '该证明已被出具单位撤销，不能再作为证明使用。'],
} as const

/**
 * 证明验真 — public: a bank or a school opens it from the certificate's QR with no sign-in, and
 * sees whether it is valid, with only the masked holder. The optional 查验单位 tells the holder.
 */
function VerifyPage() {
  const { services } = useStores()
  // From a link (`code`), a mini-program code (`scene`) or a plain QR opened in WeChat (`q`).
  const launched = verifyCodeFromLaunch(useRouter().params)
  const [store] = useState(() => new VerifyStore(services.cloud))
  const [code, setCode] = useState(launched)
  const [verifier, setVerifier] = useState('')
  const { result, error, busy } = store
  const check = (c = code) => store.check(c, verifier)
  useEffect(() => {
    if (launched) void check(launched)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [launched])
  return (
    <View className='page'>
      {result ? (
        <View className={`card verify verify--${result.status}`}>
          <Text className='verify__title'>{STATUS[result.status][0]}</Text>
          <Text className='muted'>{STATUS[result.status][1]}</Text>
          <InfoRow k='证明类型' v={result.typeName} />
          <InfoRow k='证明编号' v={result.serial} />
          <InfoRow k='持证人' v={result.holderName} />
          <InfoRow k='身份证号' v={result.idNumber} />
          <InfoRow k='出具单位' v={result.issuer} />
          <InfoRow k='出具日期' v={beijingDay(result.issuedAt)} />
          <InfoRow k='有效期至' v={result.validUntil} />
          {result.revokedAt ? <InfoRow k='撤销原因' v={result.revokeReason} /> : null}
        </View>
      ) : null}
      {error ? <View className='notice verify__error'>{error}</View> : null}
      <View className='card'>
        <Text className='card-title'>证明验真</Text>
        <Input
          className='field__input verify__input'
          placeholder='证明上的 12 位验证码'
          value={code.length === 12 ? formatVerifyCode(code) : code}
          maxlength={14}
          onInput={(e) => setCode(e.detail.value.replace(/[\s-]/g, '').toUpperCase())}
        />
        <Input
          className='field__input verify__input'
          placeholder='查验单位（选填，如：某某银行）'
          value={verifier}
          maxlength={30}
          onInput={(e) => setVerifier(e.detail.value)}
        />
        <Button className='btn-primary' loading={busy} onClick={() => void check()}>
          查询
        </Button>
      </View>
    </View>
  )
}

export default observer(VerifyPage)
