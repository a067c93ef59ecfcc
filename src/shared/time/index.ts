export * from './beijing'
export * from './workdays'
