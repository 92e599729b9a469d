import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { ArchiveFilters } from '../../shared/contract/archive'
import type { z } from 'zod'
import { consentIs } from './consent'
import { TEXT_COLUMNS, ftsWords } from './match'
import { KEY_SPAN } from './search-index'

export type Filters = z.output<typeof ArchiveFilters>
export type FacetKey = 'kind' | 'year' | 'eventId' | 'dependenciaId' | 'creator' | 'consent' | 'status'

/** The user's words as one FTS5 expression over the text columns (see match.ts); null without words. */
export function ftsQuery(text: string | undefined): string | null {
  const words = ftsWords(text)
  return words ? `${TEXT_COLUMNS} : (${words.join(' AND ')})` : null
}

const inList = (column: string, values: readonly (string | number)[]) =>
  sql<SqlBool>`${sql.ref(column)} IN (${sql.join(values)})`

/**
 * The filters as conditions on `assets a`, except the one facet named in `except` (a facet counts
 * what choosing each of its values would give, so it ignores its own selection). Searching and
 * paging go through match.ts, which asks FTS5; these serve the writes and exports that take "every
 * asset the search finds".
 */
export function filterConditions(filters: Filters, today: string, options: { except?: FacetKey } = {}): RawBuilder<SqlBool>[] {
  const { except } = options
  const out: RawBuilder<SqlBool>[] = []
  const match = ftsQuery(filters.text)
  if (match) out.push(sql<SqlBool>`a.id IN (SELECT rowid % ${KEY_SPAN} FROM asset_search WHERE asset_search MATCH ${match})`)
  const lists: [FacetKey, string, readonly (string | number)[] | undefined][] = [
    ['kind', 'a.kind', filters.kind],
    ['year', 'a.captured_year', filters.year],
    ['eventId', 'a.event_id', filters.eventId],
    ['dependenciaId', 'a.dependencia_id', filters.dependenciaId],
    ['creator', 'a.creator', filters.creator],
    ['status', 'a.status', filters.status]
  ]
  for (const [key, column, values] of lists) {
    if (key !== except && values && values.length > 0) out.push(inList(column, values))
  }
  if (except !== 'consent' && filters.consent && filters.consent.length > 0) {
    out.push(sql<SqlBool>`(${sql.join(filters.consent.map((c) => consentIs(c, today)), sql` OR `)})`)
  }
  if (filters.from) out.push(sql<SqlBool>`a.captured_on >= ${filters.from}`)
  if (filters.to) out.push(sql<SqlBool>`a.captured_on <= ${filters.to}`)
  return out
}

/** Conditions joined with AND; a true constant when there are none. */
export const allOf = (conditions: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> =>
  conditions.length === 0 ? sql<SqlBool>`1` : sql<SqlBool>`(${sql.join(conditions, sql` AND `)})`
