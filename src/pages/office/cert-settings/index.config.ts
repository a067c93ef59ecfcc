export default definePageConfig({ navigationBarTitleText: '办理设置' })
