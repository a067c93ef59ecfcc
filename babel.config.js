// Taro's own preset compiles the app for both weapp and h5 (see config/index.ts).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
