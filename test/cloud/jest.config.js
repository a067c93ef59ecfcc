const { root, babelNode, aliases } = require('../jest.shared')

/**
 * cloud: the cloud functions and the emulator through the real wx-server-sdk. Each test file
 * starts its own emulator (emulator/dist/main.js, built by `npm test`) on a fresh data folder.
 */
module.exports = {
  displayName: 'cloud',
  rootDir: root,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/cloud/**/*.test.ts'],
  transform: { '^.+\\.[jt]sx?$': babelNode },
  moduleNameMapper: aliases,
  setupFilesAfterEnv: [require.resolve('../support/long-timeout.js')],
}
