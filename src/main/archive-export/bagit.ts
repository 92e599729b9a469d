import { createHash } from 'node:crypto'

/** RFC 8493 §2.1.1: the bag declaration, always these two lines. */
export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'

/** RFC 8493 §2.1.3: in manifests, CR, LF and "%" in a path are percent-encoded (and nothing else is). */
export const encodeManifestPath = (path: string): string => path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

export interface ManifestEntry {
  /** Path from the bag's root with "/" separators, e.g. "data/foto.jpg". */
  path: string
  sha256: string
}

/** One "checksum filepath" line per file, in the order given. */
export const manifestText = (entries: readonly ManifestEntry[]): string =>
  entries.map((e) => `${e.sha256}  ${encodeManifestPath(e.path)}\n`).join('')

/** "octetcount.streamcount" of the payload (RFC 8493 §2.2.2). */
export const payloadOxum = (files: readonly { size: number }[]): string => `${files.reduce((sum, f) => sum + f.size, 0)}.${files.length}`

/** Bag-Size is for people: "12.3 MB". */
export function bagSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`
}

/**
 * "Label: value" lines. A value is one line: the catalogue's text may hold line breaks, which
 * would otherwise start a new (malformed) element.
 */
export const bagInfoText = (fields: readonly [string, string][]): string =>
  fields.map(([label, value]) => `${label}: ${value.replace(/\s*[\r\n]+\s*/g, ' ').trim()}\n`).join('')

export const sha256Text = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')
