import { AppError, formErrors } from '@shared/errors'

test('a form shows each message once: the field’s, and the overall one only when it adds', () => {
  const dup = new AppError('INVALID_INPUT', '请填写办理结果', { note: '请填写办理结果' })
  expect(formErrors(dup)).toEqual({ note: '请填写办理结果' })
  const extra = new AppError('INVALID_INPUT', '填写的内容有误', { rating: '请选择 1–5 星评分' })
  expect(formErrors(extra)).toEqual({ rating: '请选择 1–5 星评分', form: '填写的内容有误' })
  expect(formErrors(new AppError('CONFLICT'))).toEqual({ form: '内容已被他人更新，请刷新后重试' })
})
