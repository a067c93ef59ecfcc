export default definePageConfig({ navigationBarTitleText: '管家小北' })
