export default definePageConfig({ navigationBarTitleText: '证明审核', enablePullDownRefresh: true })
