export default definePageConfig({ navigationBarTitleText: '证明验真' })
