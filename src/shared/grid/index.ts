export * from './geometry'
export * from './model'
