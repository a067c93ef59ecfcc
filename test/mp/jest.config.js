const { root, babelNode, aliases } = require('../jest.shared')

/**
 * mp: the compiled mini-program (dist/weapp, built by `npm test`) in miniprogram-simulate, with
 * WeChat's own template compiler (wcc). This checks the real bundle, not the sources.
 */
module.exports = {
  displayName: 'mp',
  rootDir: root,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/test/mp/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': babelNode },
  // The build output runs as WeChat would run it: untransformed.
  transformIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper: aliases,
  setupFilesAfterEnv: [require.resolve('../support/long-timeout.js')],
}
