import { Input, Text, Textarea, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { FieldSpec } from '@shared/certificates'
import type { BoundAddress } from '@shared/contracts/user'
import type { ApplicationFormStore } from './ApplicationFormStore'
import BehalfHomeField from './BehalfHomeField'

const INPUT_TYPE: Partial<Record<FieldSpec['kind'], 'idcard' | 'number' | 'digit' | 'text'>> = {
  idNumber: 'idcard',
  phone: 'number',
  integer: 'number',
  money: 'digit',
}

/** One catalogue field as an input, with its message right under it. */
function FieldInput({
  form,
  spec,
  address,
}: {
  form: ApplicationFormStore
  spec: FieldSpec
  address: BoundAddress | null
}) {
  const error = form.errors[spec.key]
  const value = form.values[spec.key] ?? ''
  const label = (
    <Text className='field__label'>
      {spec.label}
      {spec.required ? '' : '（选填）'}
      {spec.unit ? `（${spec.unit}）` : ''}
    </Text>
  )
  let control
  if (spec.kind === 'address' && form.behalf) {
    control = <BehalfHomeField behalf={form.behalf} />
  } else if (spec.kind === 'address') {
    control = address ? (
      <Text className='field__value'>
        {address.communityName} {address.buildingName} {address.unit} {address.room}
      </Text>
    ) : (
      <Text className='field__error'>请先在“我的”中绑定居住地址</Text>
    )
  } else if (spec.kind === 'purpose') {
    control = (
      <View>
        <View className='field__actions'>
          {form.type.purposes.map((p) => (
            <View
              key={p.key}
              className={`chip ${value === p.key ? 'chip--on' : ''}`}
              onClick={() => form.set('purpose', p.key)}
            >
              {p.label}
            </View>
          ))}
        </View>
        {value === 'other' ? (
          <Input
            className='field__input apply__other'
            placeholder='请填写用途'
            value={form.values.purposeOther ?? ''}
            onInput={(e) => form.set('purposeOther', e.detail.value)}
          />
        ) : null}
        {form.errors.purposeOther ? (
          <Text className='field__error'>{form.errors.purposeOther}</Text>
        ) : null}
      </View>
    )
  } else if (spec.kind === 'textarea') {
    control = (
      <Textarea
        className='field__input apply__textarea'
        placeholder={spec.placeholder}
        maxlength={spec.max}
        value={value}
        onInput={(e) => form.set(spec.key, e.detail.value)}
      />
    )
  } else {
    const keep = spec.kind === 'idNumber' && form.isResubmit
    control = (
      <Input
        className='field__input'
        type={INPUT_TYPE[spec.kind] ?? 'text'}
        placeholder={keep ? '不修改请留空（已登记的号码不变）' : spec.placeholder}
        maxlength={spec.kind === 'idNumber' ? 18 : spec.kind === 'phone' ? 11 : 40}
        value={value}
        onInput={(e) => form.set(spec.key, e.detail.value)}
      />
    )
  }
  return (
    <View className='field'>
      {label}
      {control}
      {error ? <Text className='field__error'>{error}</Text> : null}
    </View>
  )
}

export default observer(FieldInput)
