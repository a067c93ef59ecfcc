// Settings every jest project shares: TypeScript through Babel, and the tsconfig path aliases.
const path = require('node:path')

const root = path.resolve(__dirname, '..')

const babelNode = [
  'babel-jest',
  {
    configFile: false,
    babelrc: false,
    presets: [
      ['@babel/preset-env', { targets: { node: 'current' } }],
      '@babel/preset-typescript',
      ['@babel/preset-react', { runtime: 'automatic' }],
    ],
  },
]

const aliases = {
  '^@shared/(.*)$': '<rootDir>/src/shared/$1',
  '^@server/(.*)$': '<rootDir>/src/server/$1',
  '^@/(.*)$': '<rootDir>/src/$1',
}

module.exports = { root, babelNode, aliases }
