import type { System } from './system'

/** The slice of wx-server-sdk the tests use (its own typings are loose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WxCloud = any

/**
 * The real wx-server-sdk in the test process, pointed at the emulator exactly as the function
 * host points a function at it: TCB_CONTEXT_CNFG's URL, dummy secrets, the SCF run env. The
 * test process then acts as an admin caller (no OPENID), like a script with server rights.
 */
export function sdkFor(system: System): WxCloud {
  Object.assign(process.env, {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${system.url}/tcb` }),
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'emulator-secret-id',
    TENCENTCLOUD_SECRETKEY: 'emulator-secret-key',
    TCB_ENV: 'xb-test',
    SCF_NAMESPACE: 'xb-test',
  })
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  return cloud
}
