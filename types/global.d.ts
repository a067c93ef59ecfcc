/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.jpg'
declare module '*.svg'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro at build time: 'weapp' | 'h5'. */
    TARO_ENV: 'weapp' | 'h5' | undefined
    /** CloudBase environment id for the weapp build (from .env.local). */
    TARO_APP_CLOUD_ENV?: string
    /** Base URL of the local gateway for the H5 build; empty means same origin. */
    TARO_APP_GATEWAY?: string
  }
}
