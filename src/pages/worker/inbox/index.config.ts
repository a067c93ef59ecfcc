export default definePageConfig({
  navigationBarTitleText: '任务收件箱',
  enablePullDownRefresh: true,
})
