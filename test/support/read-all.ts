import type { WxCloud } from './sdk'

/** Every document of a collection, read as an admin script would: pages of 1000. */
export async function readAll<T>(cloud: WxCloud, coll: string): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += 1000) {
    const { data } = await cloud.database().collection(coll).skip(skip).limit(1000).get()
    out.push(...(data as T[]))
    if (data.length < 1000) return out
  }
}
