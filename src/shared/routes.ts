/**
 * Every page of the app, in one place: navigation in the app and the links the server puts in
 * messages (消息 opens them) both come from here, so a moved page cannot leave dead links. The
 * paths are app.config.ts's pages with a leading slash (a unit test holds them equal).
 */
export const PAGE = {
  home: '/pages/home/index',
  me: '/pages/me/index',
  report: '/pages/resident/report/index',
  myReports: '/pages/resident/my-reports/index',
  reportDetail: '/pages/resident/report-detail/index',
  apply: '/pages/resident/apply/index',
  applyForm: '/pages/resident/apply-form/index',
  application: '/pages/resident/application/index',
  myGrid: '/pages/resident/my-grid/index',
  bindAddress: '/pages/resident/bind-address/index',
  gridMap: '/pages/resident/grid-map/index',
  join: '/pages/resident/join/index',
  profile: '/pages/resident/profile/index',
  privacy: '/pages/resident/privacy/index',
  inbox: '/pages/worker/inbox/index',
  task: '/pages/worker/task/index',
  card: '/pages/worker/card/index',
  messages: '/pages/messages/list/index',
  console: '/pages/office/console/index',
  officeReport: '/pages/office/report/index',
  applications: '/pages/office/applications/index',
  review: '/pages/office/application/index',
  certSettings: '/pages/office/cert-settings/index',
  limits: '/pages/office/limits/index',
  phrases: '/pages/office/phrases/index',
  ledger: '/pages/office/ledger/index',
  dashboard: '/pages/office/dashboard/index',
  deskLogin: '/pages/office/desk-login/index',
  streetImport: '/pages/office/street-import/index',
  verify: '/pages/verify/index',
  notFound: '/pages/not-found/index',
} as const

export type PageName = keyof typeof PAGE

/** A page's URL with its query (values URI-encoded; empty ones left out). */
export function pageUrl(page: PageName, query: Record<string, string | undefined> = {}): string {
  const q = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&')
  return q ? `${PAGE[page]}?${q}` : PAGE[page]
}
