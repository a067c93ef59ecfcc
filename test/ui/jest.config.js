const path = require('node:path')
const { root, aliases } = require('../jest.shared')
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default

/** ui: pages and components rendered with @tarojs/test-utils-react in jsdom (Taro's H5 runtime). */
const config = defineJestConfig({
  displayName: 'ui',
  rootDir: root,
  // Taro's H5 components pull in ESM-only packages (swiper); transform them too.
  transform: {
    '^.+\\.(mjs|js|jsx|ts|tsx)$': require.resolve(
      '@tarojs/test-utils-react/dist/jest/babel-transformer.js',
    ),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json', 'jsx'],
  testMatch: ['<rootDir>/test/ui/**/*.test.{ts,tsx}'],
  moduleNameMapper: {
    '\\.(css|less|scss)$': path.join(__dirname, 'support', 'style-stub.js'),
    ...aliases,
  },
  setupFilesAfterEnv: [path.join(__dirname, 'support', 'setup.ts')],
})

// Global-only options that jest rejects inside a project.
delete config.bail
delete config.verbose
module.exports = config
