import { isoDateInColombia } from '../../shared/dates'
import type { CatalogueResult } from './protocol'

export interface Captured {
  at: string
  on: string
  year: number
}

// Cameras without an offset tag are assumed to be set to Colombian time (UTC−5, no daylight saving).
const COLOMBIA_OFFSET = '-05:00'

/** "2026:03:12 10:30:00" + "-05:00" → the instant; null when the text is not a date. */
export function exifInstant(dateTaken: string, offset: string | null): Date | null {
  const m = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(dateTaken.trim())
  if (!m) return null
  const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : COLOMBIA_OFFSET
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`)
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 ? null : date
}

/** When the material was made: the camera's date, else the container's, else the file's. */
export function capturedOf(result: CatalogueResult): Captured {
  const fromExif = result.metadata?.dateTaken ? exifInstant(result.metadata.dateTaken, result.metadata.offset) : null
  const fromMedia = result.media?.createdAt ? new Date(result.media.createdAt) : null
  const instant = fromExif ?? fromMedia ?? new Date(result.mtimeMs)
  const on = isoDateInColombia(instant)
  return { at: instant.toISOString(), on, year: Number(on.slice(0, 4)) }
}
