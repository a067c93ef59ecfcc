const { root, babelNode, aliases } = require('../jest.shared')

/** e2e: the H5 build served locally, driven by playwright-core in Debian's Chromium. */
module.exports = {
  displayName: 'e2e',
  rootDir: root,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  transform: { '^.+\\.[jt]sx?$': babelNode },
  moduleNameMapper: aliases,
  setupFilesAfterEnv: [require.resolve('../support/long-timeout.js')],
}
