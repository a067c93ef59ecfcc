import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Each role's subpackage must not import another's: WeChat loads them separately. */
const roleIsolation = (self) => ({
  files: [`src/pages/${self}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['resident', 'worker', 'office']
              .filter((r) => r !== self)
              .flatMap((r) => [`**/${r}`, `**/${r}/**`, `@/pages/${r}/**`]),
            message: 'Role subpackages (resident/worker/office) never import each other.',
          },
          {
            group: ['**/server/**', '@/server/**', '@server/**'],
            message: 'src/server is for cloud functions only.',
          },
        ],
      },
    ],
  },
})

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'emulator/dist/',
      'cloudfunctions/*/index.js',
      'test-output/',
      '.data/',
      'coverage/',
      'test/cloud/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The app never reaches the server code directly: only through services/cloud.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '@/server/**', '@server/**'],
              message: 'src/server is for cloud functions only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app.config.ts', 'src/pages/**/*.config.ts'],
    languageOptions: { globals: { defineAppConfig: 'readonly', definePageConfig: 'readonly' } },
  },
  {
    // Pages and components talk to stores; service code reaches them only through the RootStore.
    files: ['src/pages/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/services/**', '@/services', '**/services/**'],
              allowTypeImports: true,
              message: 'Pages and components use stores; only types may come from services.',
            },
          ],
        },
      ],
    },
  },
  roleIsolation('resident'),
  roleIsolation('worker'),
  roleIsolation('office'),
  {
    // src/shared runs on both sides: no platform imports.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tarojs/*', 'mobx*', 'wx-server-sdk', 'react*', 'node:*'],
              message: 'src/shared imports nothing platform-specific.',
            },
            {
              group: [
                '**/server/**',
                '@server/**',
                '**/stores/**',
                '**/services/**',
                '**/pages/**',
              ],
              message: 'src/shared is the bottom layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // src/server: no app code.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/stores/**',
                '**/services/**',
                '**/pages/**',
                '**/components/**',
                '@tarojs/*',
              ],
              message: 'src/server never imports app code.',
            },
          ],
        },
      ],
    },
  },
)
