/** Small JSON key–value storage on the device (wx storage in weapp, localStorage in H5). */
export interface KeyValueStorage {
  get<T>(key: string): T | undefined
  set(key: string, value: unknown): void
  remove(key: string): void
}
