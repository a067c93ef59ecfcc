import protobuf from 'protobufjs'
import { parseJson } from '../http'

/**
 * The two protobuf messages of wx.openApi, as wx-server-sdk 3.0.1 encodes them
 * (src/protobuf/openapi.js in its bundle): the request `CommApiData` with the API's
 * parameters as JSON-valued key/value pairs, and the reply `CommOpenApiResp`.
 */
const root = protobuf.parse(`
syntax = "proto3";
message KeyValuePair { string key = 1; bytes value = 2; string contenttype = 3; string filename = 4; }
message OpenApiData { repeated KeyValuePair pairs = 1; }
message CommApiData { int32 apiType = 1; OpenApiData openapiData = 2; string appid = 6; }
message CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; uint32 httpCode = 4; }
`).root

const CommApiData = root.lookupType('CommApiData')
const CommOpenApiResp = root.lookupType('CommOpenApiResp')

/** The API's parameters, decoded from their JSON values. */
export function decodeOpenApiRequest(bytes: Buffer): Record<string, unknown> {
  const msg = CommApiData.toObject(CommApiData.decode(bytes), { defaults: true }) as {
    openapiData?: { pairs?: Array<{ key: string; value: Uint8Array }> }
  }
  const out: Record<string, unknown> = {}
  for (const pair of msg.openapiData?.pairs ?? []) {
    const text = Buffer.from(pair.value).toString('utf8')
    try {
      out[pair.key] = parseJson(text)
    } catch {
      out[pair.key] = text
    }
  }
  return out
}

/** A JSON reply (`{ errcode, errmsg, ... }`) wrapped as WeChat's gateway wraps it. */
export function encodeOpenApiReply(json: unknown, errorCode = 0): Buffer {
  const msg = CommOpenApiResp.create({
    respData: Buffer.from(JSON.stringify(json)),
    contentType: 'application/json; charset=utf-8',
    errorCode,
    httpCode: 200,
  })
  return Buffer.from(CommOpenApiResp.encode(msg).finish())
}

/** A binary reply (an image: wxacode.*), which the SDK hands the function as `{contentType, buffer}`. */
export function encodeOpenApiImage(image: Buffer, contentType: string): Buffer {
  const msg = CommOpenApiResp.create({ respData: image, contentType, errorCode: 0, httpCode: 200 })
  return Buffer.from(CommOpenApiResp.encode(msg).finish())
}
