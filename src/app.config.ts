/**
 * Main package = the two tab pages and what they need; every role's pages live in a subpackage
 * so the main package stays small (≤ 500 KB) and each role downloads only its own pages.
 */
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'pages/resident',
      pages: [
        'report/index',
        'my-reports/index',
        'report-detail/index',
        'apply/index',
        'apply-form/index',
        'application/index',
        'my-grid/index',
        'bind-address/index',
        'grid-map/index',
        'join/index',
        'profile/index',
        'privacy/index',
      ],
    },
    { root: 'pages/worker', pages: ['inbox/index', 'task/index', 'card/index'] },
    { root: 'pages/messages', pages: ['list/index'] },
    {
      root: 'pages/office',
      pages: [
        'console/index',
        'report/index',
        'applications/index',
        'application/index',
        'cert-settings/index',
        'limits/index',
        'phrases/index',
        'ledger/index',
        'dashboard/index',
        // 登录街道工作台: opened by scanning the desk's mini-program code (`scene`).
        'desk-login/index',
        'street-import/index',
      ],
    },
    // Public: a certificate's QR opens it, with no sign-in.
    { root: 'pages/verify', pages: ['index'] },
    // Where an unknown address lands (app.tsx, onPageNotFound).
    { root: 'pages/not-found', pages: ['index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f6feb',
    navigationBarTitleText: '管家小北',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#1f6feb',
    backgroundColor: '#ffffff',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  permission: {
    'scope.userLocation': { desc: '用于报事时定位问题发生的位置' },
    'scope.record': { desc: '用于报事时按住说话，录一段语音描述问题' },
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  // WeChat asks for privacy consent before location, phone number, album …; app.tsx answers it
  // through the 隐私政策 page (src/services/privacy.ts).
  __usePrivacyCheck__: true,
})
