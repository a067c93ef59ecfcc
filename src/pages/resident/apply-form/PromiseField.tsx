import { Input, ScrollView, Switch, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ApplicationFormStore } from './ApplicationFormStore'

/** 告知承诺: the full legal text is shown before the applicant signs with their name. */
function PromiseField({ form }: { form: ApplicationFormStore }) {
  const p = form.type.promise
  if (!p) return null
  return (
    <View className='card'>
      <View className='apply__switch'>
        <Text className='field__label'>暂时无法提供部分材料，签署告知承诺</Text>
        <Switch checked={form.promise} onChange={(e) => form.setPromise(e.detail.value)} />
      </View>
      {form.promise ? (
        <View>
          <Text className='card-title'>{p.title}</Text>
          <ScrollView scrollY className='apply__promise'>
            <Text>{p.text}</Text>
          </ScrollView>
          <View className='field'>
            <Text className='field__label'>本人已阅读并承诺，签名：</Text>
            <Input
              className='field__input'
              placeholder='请输入您的姓名'
              value={form.signedName}
              onInput={(e) => form.setPromise(true, e.detail.value)}
            />
          </View>
        </View>
      ) : null}
      {form.errors.promise ? <Text className='field__error'>{form.errors.promise}</Text> : null}
    </View>
  )
}

export default observer(PromiseField)
