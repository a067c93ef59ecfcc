import { useEffect, useState } from 'react'
import { useStores } from './context'
import { FileUrls } from './FileUrls'

/** URLs for these stored photos, asked for when the list changes (observe `urls` and `error`). */
export function useFileUrls(fileIDs: string[]): FileUrls {
  const { services } = useStores()
  const [files] = useState(() => new FileUrls(services.cloud))
  const key = fileIDs.join('\n')
  useEffect(() => void files.show(key ? key.split('\n') : []), [files, key])
  return files
}
