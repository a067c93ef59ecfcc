export default definePageConfig({ navigationBarTitleText: '登录街道工作台' })
