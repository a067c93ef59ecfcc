import path from 'node:path'

/** Everything the emulator reads from the environment, with the defaults `npm start` relies on. */
export interface EmulatorConfig {
  port: number
  host: string
  dataDir: string
  staticDir: string
  functionsDir: string
  /** The CloudBase environment id functions see as TCB_ENV (and in cloud:// file IDs). */
  env: string
  appid: string
  poolSize: number
  /** Seed 海北街道's demo data into an empty data folder. */
  seed: boolean
  sessionSecret?: string
  quiet: boolean
}

const root = path.resolve(__dirname, '..', '..')

export function loadConfig(e: NodeJS.ProcessEnv): EmulatorConfig {
  return {
    port: Number(e.PORT ?? 10086),
    host: e.HOST ?? '127.0.0.1',
    dataDir: path.resolve(root, e.DATA_DIR ?? '.data'),
    staticDir: path.resolve(root, e.STATIC_DIR ?? 'dist/h5'),
    functionsDir: path.resolve(root, e.FUNCTIONS_DIR ?? 'cloudfunctions'),
    env: e.TCB_ENV ?? e.TARO_APP_CLOUD_ENV ?? 'xb-local-1g2h3j',
    appid: e.WX_APPID ?? 'wx0000000000000000',
    poolSize: Number(e.POOL_SIZE ?? 4),
    seed: e.SEED !== '0',
    sessionSecret: e.SESSION_SECRET,
    quiet: e.QUIET === '1',
  }
}

/** Files kept in the repo next to the emulator's source. */
export const REPO = {
  root,
  indexes: path.join(root, 'emulator', 'indexes.json'),
  templates: path.join(root, 'emulator', 'templates.json'),
  /** The security rules deployed to CloudBase; the emulator enforces the same for clients. */
  storageRules: path.join(root, 'cloudbase', 'storage.rules.json'),
  databaseRules: path.join(root, 'cloudbase', 'database.rules.json'),
  /** HTTP access routes (HTTP 访问服务): a path prefix → the function it triggers. */
  httpAccess: path.join(root, 'cloudbase', 'http-access.json'),
  /** Which function each WeChat message push goes to (云开发 → 设置 → 消息推送). */
  messagePush: path.join(root, 'cloudbase', 'message-push.json'),
}
