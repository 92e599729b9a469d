import type { SocialImportPreview } from '../../../shared/contract'
import { SOCIAL_METRIC_LABELS, type SocialMetric } from '../../../shared/domain/reports'
import { AppError, validation } from '../../core/errors'
import type { RawRecord, RawTable } from './table'
import { DATE_HEADERS, META_VALUE_HEADERS, metricForHeader, normalizeHeader } from './vocabulary'

export type MappingEntry = SocialImportPreview['mapping'][number]
export type Target = MappingEntry['metric']

/** The data part of the file: its header (names made unique), the title lines above it, the rows below. */
export interface ImportTable {
  columns: string[]
  titles: string[]
  rows: RawRecord[]
}

/** How far down a platform's title lines may push the header. */
const HEADER_SEARCH = 10

const isHeader = (fields: string[]) =>
  fields.length > 1 && fields.some((f) => DATE_HEADERS.has(normalizeHeader(f)) || metricForHeader(normalizeHeader(f)) !== null)

function uniqueNames(fields: string[]): string[] {
  const seen = new Map<string, number>()
  return fields.map((field, index) => {
    const name = field.trim() || `Columna ${index + 1}`
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return count === 1 ? name : `${name} (${count})`
  })
}

const EXPECTED = 'Fecha/Date, Alcance/Reach, Impresiones/Impressions, Interacciones/Engagements, Seguidores/Followers o Visualizaciones/Views'

export function unrecognised(fileName: string, columns: string[]): AppError {
  const found = columns.length > 0 ? ` (tiene: ${columns.slice(0, 8).join(', ')}${columns.length > 8 ? '…' : ''})` : ''
  return new AppError(
    'FILE_ERROR',
    `No se reconocen las columnas de «${fileName}»${found}. Se esperan columnas como ${EXPECTED}. Elija la exportación de estadísticas de la plataforma.`
  )
}

/** Finds the header among the first lines (Meta puts a title above it) and splits the file there. */
export function locateHeader(raw: RawTable, fileName: string): ImportTable {
  const index = raw.records.slice(0, HEADER_SEARCH).findIndex((r) => isHeader(r.fields))
  if (index < 0) throw unrecognised(fileName, raw.records[0]?.fields ?? [])
  return {
    columns: uniqueNames(raw.records[index]!.fields),
    titles: raw.records.slice(0, index).map((r) => r.fields.filter(Boolean).join(' ')),
    rows: raw.records.slice(index + 1)
  }
}

/** The metric a Meta "Primary" column carries, read from the title above the table. */
function metricFromTitles(titles: string[]): SocialMetric | null {
  for (const title of titles) {
    const metric = metricForHeader(normalizeHeader(title))
    if (metric) return metric
  }
  return null
}

/** What each column feeds, as far as its header tells; each metric is fed by one column at most. */
export function guessMapping(table: ImportTable): MappingEntry[] {
  const used = new Set<Target>()
  return table.columns.map((column) => {
    const normalized = normalizeHeader(column)
    let target: Target = null
    if (DATE_HEADERS.has(normalized)) target = 'month'
    else if (META_VALUE_HEADERS.has(normalized)) target = metricFromTitles(table.titles)
    else target = metricForHeader(normalized)
    if (target !== null && used.has(target)) target = null
    used.add(target)
    return { column, metric: target }
  })
}

/** The preview's mapping with the user's changes on top; columns the user did not mention keep theirs. */
export function adjustMapping(columns: string[], base: MappingEntry[], changes: MappingEntry[] | undefined): MappingEntry[] {
  if (!changes) return base
  const changed = new Map<string, Target>()
  for (const change of changes) {
    if (!columns.includes(change.column)) {
      throw validation(`La columna «${change.column}» no está en el archivo. Vuelva a abrir la vista previa.`, { mapping: 'Columna desconocida.' })
    }
    changed.set(change.column, change.metric)
  }
  return base.map((entry) => (changed.has(entry.column) ? { column: entry.column, metric: changed.get(entry.column)! } : entry))
}

export interface ResolvedMapping {
  dateIndex: number
  metrics: { index: number; column: string; metric: SocialMetric }[]
}

/** One date column and at least one metric, each metric from a single column. */
export function resolveMapping(mapping: MappingEntry[]): ResolvedMapping {
  const dates = mapping.flatMap((entry, index) => (entry.metric === 'month' ? [index] : []))
  if (dates.length === 0) throw validation('Indique qué columna tiene la fecha.', { mapping: 'Falta la columna de fecha.' })
  if (dates.length > 1) {
    const names = dates.map((i) => `«${mapping[i]!.column}»`).join(' y ')
    throw validation(`Solo una columna puede ser la fecha; ahora lo son ${names}.`, { mapping: 'Elija una sola columna de fecha.' })
  }
  const metrics: ResolvedMapping['metrics'] = []
  for (const [index, entry] of mapping.entries()) {
    if (entry.metric === null || entry.metric === 'month') continue
    const metric = entry.metric
    const other = metrics.find((m) => m.metric === metric)
    if (other) {
      throw validation(
        `«${SOCIAL_METRIC_LABELS[metric]}» está asignada a dos columnas («${other.column}» y «${entry.column}»); deje solo una.`,
        { mapping: 'Cada cifra sale de una sola columna.' }
      )
    }
    metrics.push({ index, column: entry.column, metric })
  }
  if (metrics.length === 0) {
    throw validation('Asigne al menos una columna a una cifra (seguidores, alcance, impresiones…).', { mapping: 'No hay cifras que importar.' })
  }
  return { dateIndex: dates[0]!, metrics }
}
