// Taro's H5 runtime reads these at import time; jsdom lacks them.
Object.assign(globalThis, {
  defineAppConfig: (c: unknown) => c,
  definePageConfig: (c: unknown) => c,
})
