export * from './geometry'
export * from './model'
export * from './projection'
export * from './edit'
