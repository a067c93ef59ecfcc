import fs from 'node:fs'
import path from 'node:path'
import type { System } from './system'

/** The key pair the emulator wrote into its data folder (emulator/src/open.ts). */
export function tcbCredential(system: System): { secretId: string; secretKey: string } {
  return JSON.parse(fs.readFileSync(path.join(system.dataDir, 'tcb-credential.json'), 'utf8'))
}

/** The slice of wx-server-sdk the tests use (its own typings are loose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WxCloud = any

/**
 * The real wx-server-sdk in the test process, pointed at the emulator exactly as the function
 * host points a function at it: TCB_CONTEXT_CNFG's URL, the emulator's key pair (every /tcb
 * request is signed with it), the SCF run env. The test process then acts as an admin caller
 * (no OPENID), like a script with server rights.
 */
export function sdkFor(system: System): WxCloud {
  const credential = tcbCredential(system)
  Object.assign(process.env, {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${system.url}/tcb` }),
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: credential.secretId,
    TENCENTCLOUD_SECRETKEY: credential.secretKey,
    TCB_ENV: 'xb-test',
    SCF_NAMESPACE: 'xb-test',
  })
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  return cloud
}
