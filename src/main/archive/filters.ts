import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { ArchiveFilters } from '../../shared/contract/archive'
import type { z } from 'zod'
import { consentIs } from './consent'

export type Filters = z.output<typeof ArchiveFilters>
export type FacetKey = 'kind' | 'year' | 'eventId' | 'dependenciaId' | 'creator' | 'consent' | 'status'

/**
 * The user's words as an FTS5 query: each word quoted (so no word is read as an operator), all of
 * them required, and the last one a prefix so results follow the typing. A one-letter last word is
 * not a prefix: "a*" would match most of the archive and gives nothing useful. Null when the text
 * holds no word at all (only punctuation).
 */
export function ftsQuery(text: string | undefined): string | null {
  const words = (text ?? '').toLocaleLowerCase('es-CO').match(/[\p{L}\p{N}]+/gu)
  if (!words || words.length === 0) return null
  return words
    .map((w, i) => (i === words.length - 1 && w.length > 1 ? `"${w}"*` : `"${w}"`))
    .join(' ')
}

const inList = (column: string, values: readonly (string | number)[]) =>
  sql<SqlBool>`${sql.ref(column)} IN (${sql.join(values)})`

/**
 * The filters as conditions on `assets a`, except the one facet named in `except` (a facet counts
 * what choosing each of its values would give, so it ignores its own selection) and, when
 * `withText` is false, the text (a relevance query reads the text from its own FTS subquery).
 */
export function filterConditions(
  filters: Filters,
  today: string,
  options: { except?: FacetKey; withText?: boolean; walkDates?: boolean } = {}
): RawBuilder<SqlBool>[] {
  const { except, withText = true, walkDates = false } = options
  const out: RawBuilder<SqlBool>[] = []
  const match = ftsQuery(filters.text)
  if (withText && match) {
    // The matches are read once into a set either way. By default SQLite fetches each match by id
    // and sorts them: right for rare words. With `walkDates` the unary "+" stops it from using the
    // id, so it walks the date index and keeps the assets in the set, stopping at the page's end:
    // right for words on a large share of the archive. (Probing FTS5 row by row instead was
    // measured ten to a hundred times slower.)
    out.push(
      walkDates
        ? sql<SqlBool>`+a.id IN (SELECT rowid FROM asset_search WHERE asset_search MATCH ${match})`
        : sql<SqlBool>`a.id IN (SELECT rowid FROM asset_search WHERE asset_search MATCH ${match})`
    )
  }
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
