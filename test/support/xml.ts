import { SaxesParser } from 'saxes'

/** Parses strictly (throws on anything not well-formed); returns the element names in order. */
export function xmlElements(text: string): string[] {
  const names: string[] = []
  const p = new SaxesParser()
  p.on('opentag', (t) => names.push(t.name))
  p.on('error', (e) => {
    throw e
  })
  p.write(text).close()
  return names
}
