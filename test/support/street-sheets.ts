import type { GatewayUser } from './gateway'

/** What the street-import tests share: the spreadsheet's type, the places it writes, its template. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The collections an import writes, in the order their counts are compared. */
export const PLACE_COLLS = ['communities', 'property_companies', 'compounds', 'grids', 'buildings']

/** `grid.importTemplate` as `user`, downloaded: the bytes and the stored file's id. */
export async function downloadTemplate(
  user: GatewayUser,
): Promise<{ bytes: Buffer; fileID: string }> {
  const t = await user.call<{ url: string; fileID: string }>('grid.importTemplate', {})
  if (!t.ok) throw new Error(`importTemplate refused: ${JSON.stringify(t)}`)
  return {
    bytes: Buffer.from(await (await fetch(t.data.url)).arrayBuffer()),
    fileID: t.data.fileID,
  }
}
