import type { SavedSearchFilters } from '../../../../../shared/contract/archive-batch'
import { ASSET_KIND_LABELS, CATALOGUE_STATUS_LABELS, CONSENT_LABELS, type ArchiveSort } from '../../../../../shared/domain/archive'
import { formatDate } from '../../../../../shared/dates'
import type { ArchiveFilterInput } from '../queries'

export const SORT_LABELS: Record<ArchiveSort, string> = {
  fecha_desc: 'Más recientes',
  fecha_asc: 'Más antiguos',
  relevancia: 'Relevancia'
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`)

/** A search in one line, e.g. "«vacunación» · Fotografía · 2026 · 1 evento · Más recientes". */
export function describeSearch(f: ArchiveFilterInput | SavedSearchFilters, sort: ArchiveSort): string {
  const parts: string[] = []
  if (f.text) parts.push(`«${f.text}»`)
  if (f.kind?.length) parts.push(f.kind.map((k) => ASSET_KIND_LABELS[k]).join(', '))
  if (f.year?.length) parts.push(f.year.join(', '))
  if (f.from && f.to) parts.push(`del ${formatDate(f.from)} al ${formatDate(f.to)}`)
  else if (f.from) parts.push(`desde el ${formatDate(f.from)}`)
  else if (f.to) parts.push(`hasta el ${formatDate(f.to)}`)
  if (f.eventId?.length) parts.push(count(f.eventId.length, 'evento', 'eventos'))
  if (f.dependenciaId?.length) parts.push(count(f.dependenciaId.length, 'dependencia', 'dependencias'))
  if (f.creator?.length) parts.push(f.creator.join(', '))
  if (f.consent?.length) parts.push(`Autorización: ${f.consent.map((c) => CONSENT_LABELS[c].toLowerCase()).join(', ')}`)
  if (f.status?.length) parts.push(f.status.map((s) => CATALOGUE_STATUS_LABELS[s]).join(', '))
  if (parts.length === 0) parts.push('Todo el archivo')
  parts.push(SORT_LABELS[sort])
  return parts.join(' · ')
}
