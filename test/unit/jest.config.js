const { root, babelNode, aliases } = require('../jest.shared')

/** unit: src/shared, src/server and the stores, in plain Node. */
module.exports = {
  displayName: 'unit',
  rootDir: root,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
  transform: { '^.+\\.[jt]sx?$': babelNode },
  moduleNameMapper: aliases,
}
