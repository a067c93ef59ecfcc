/**
 * Reports (一键报事) as both sides see them: categories and taxonomy, states and the one
 * transition table, time limits, validators and the stored types. Pure TypeScript.
 */
export * from './action-input'
export * from './actions'
export * from './audience'
export * from './categories'
export * from './search-terms'
export * from './sla'
export * from './state'
export * from './states'
export * from './taxonomy'
export * from './time-limits'
export * from './timeline'
export * from './types'
export * from './validate'
