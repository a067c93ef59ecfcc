export * from './id-number'
export * from './mask'
export * from './phone'
export * from './name'
