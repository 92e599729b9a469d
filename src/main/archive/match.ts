import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../db/connection'
import { consentIs } from './consent'
import type { FacetKey, Filters } from './filters'
import { KEY_SPAN, dayKey, facetToken, searchIndexGeneration } from './search-index'

/** The typed words, lower-cased, in order; null when there is none (only punctuation). */
export function typedWords(text: string | undefined): string[] | null {
  const words = (text ?? '').toLocaleLowerCase('es-CO').match(/[\p{L}\p{N}]+/gu)
  return words && words.length > 0 ? words : null
}

/** The words of a search as FTS5 phrases: quoted (no word is read as an operator), the last a prefix. */
export function ftsWords(text: string | undefined): string[] | null {
  const words = typedWords(text)
  // A one-letter last word is not a prefix: "a*" would match most of the archive.
  return words ? words.map((w, i) => (i === words.length - 1 && w.length > 1 ? `"${w}"*` : `"${w}"`)) : null
}

/** asset_search keeps a prefix index of 2 characters (migration 0014): those prefixes are read directly. */
const INDEXED_PREFIX = 2
/** A longer prefix standing for more words than this is left to FTS5 as a prefix. */
const MAX_EXPANSION = 50

/**
 * The words as FTS5 phrases, with the last one (still being typed) a prefix. FTS5 answers a long
 * prefix by merging the whole lists of every word it starts, before it can stream or stop at a
 * page's end (tens of milliseconds for a common word at a million assets, once per query of a
 * search). So a prefix of three letters or more becomes the words of the index it stands for,
 * read once from the vocabulary, and the queries stream again: "alcald" → ("alcaldia" OR "alcalde").
 * (A prefix index per length would do the same, at the cost of building the index twice as slowly.)
 */
export async function searchWords(db: Db, text: string | undefined): Promise<string[] | null> {
  const words = typedWords(text)
  if (!words) return null
  const last = words[words.length - 1]!
  const phrases = words.slice(0, -1).map((w) => `"${w}"`)
  if (last.length === 1) return [...phrases, `"${last}"`]
  if (last.length <= INDEXED_PREFIX) return [...phrases, `"${last}"*`]
  // The index folds accents away (remove_diacritics): its words are compared folded.
  const folded = last.normalize('NFD').replace(/\p{M}/gu, '')
  const terms = await indexTerms(db, folded)
  if (terms === null) return [...phrases, `"${last}"*`]
  return [...phrases, `(${terms.map((term) => `"${term}"`).join(' OR ')})`]
}

// Every page and the facet panel of one search ask for the same words: read once until the index changes.
const VOCABULARY_CACHE = 200
const vocabulary = new WeakMap<Db, { generation: number; byPrefix: Map<string, string[] | null> }>()

/** The index's words that start with `folded`; null when there are none or too many to list. */
async function indexTerms(db: Db, folded: string): Promise<string[] | null> {
  let cache = vocabulary.get(db)
  if (!cache || cache.generation !== searchIndexGeneration() || cache.byPrefix.size >= VOCABULARY_CACHE) {
    cache = { generation: searchIndexGeneration(), byPrefix: new Map() }
    vocabulary.set(db, cache)
  }
  const known = cache.byPrefix.get(folded)
  if (known !== undefined) return known
  const generation = searchIndexGeneration()
  const { rows } = await sql<{ term: string }>`
    SELECT term FROM asset_search_vocab WHERE term >= ${folded} AND term < ${`${folded}\uffff`} LIMIT ${MAX_EXPANSION + 1}`.execute(db)
  const terms = rows.length === 0 || rows.length > MAX_EXPANSION ? null : rows.map((r) => r.term)
  // An index write while the vocabulary was read leaves this answer out of the cache.
  if (generation === searchIndexGeneration()) cache.byPrefix.set(folded, terms)
  return terms
}

export const TEXT_COLUMNS = '{title description keywords people place event}'

/**
 * Relevance tiers, best first: every word in the title; every word in the title, keywords, people,
 * place or event; every word anywhere (the description too). Each tier excludes the ones before,
 * and each is read newest first, so paging by relevance streams like paging by date.
 */
const TIERS = [
  { within: '{title}', without: null },
  { within: '{title keywords people place event}', without: '{title}' },
  { within: TEXT_COLUMNS, without: '{title keywords people place event}' }
] as const
export const TIER_COUNT = TIERS.length

/** How a search is asked of the index: an FTS5 expression, a rowid (date) range and conditions on `a`. */
export interface SearchPlan {
  /** Null when neither words nor facet values are given: the assets table answers alone. */
  match: string | null
  lo: number | null
  hi: number | null
  /** Conditions FTS5 cannot hold (the derived consent), on `assets a`. */
  post: RawBuilder<SqlBool>[]
}

const anyOf = (tokens: string[]) => `facets : (${tokens.join(' OR ')})`

function facetClauses(filters: Filters, except: FacetKey | undefined): string[] {
  const lists: [FacetKey, string[] | undefined][] = [
    ['kind', filters.kind?.map(facetToken.kind)],
    ['status', filters.status?.map(facetToken.status)],
    ['year', filters.year?.map(facetToken.year)],
    ['eventId', filters.eventId?.map(facetToken.event)],
    ['dependenciaId', filters.dependenciaId?.map(facetToken.dependencia)],
    ['creator', filters.creator?.map(facetToken.creator)]
  ]
  return lists.flatMap(([key, tokens]) => (key !== except && tokens && tokens.length > 0 ? [anyOf(tokens)] : []))
}

/** The plan of a search with its words (`searchWords`); `tier` narrows them to one relevance tier, `except` drops one facet. */
export function searchPlan(filters: Filters, today: string, words: string[] | null, options: { except?: FacetKey; tier?: number } = {}): SearchPlan {
  const clauses: string[] = []
  if (words) {
    const expr = `(${words.join(' AND ')})`
    const tier = options.tier === undefined ? null : TIERS[options.tier]
    if (!tier) clauses.push(`(${TEXT_COLUMNS} : ${expr})`)
    else clauses.push(tier.without ? `((${tier.within} : ${expr}) NOT (${tier.without} : ${expr}))` : `(${tier.within} : ${expr})`)
  }
  clauses.push(...facetClauses(filters, options.except))
  const post: RawBuilder<SqlBool>[] = []
  if (options.except !== 'consent' && filters.consent && filters.consent.length > 0) {
    post.push(sql<SqlBool>`(${sql.join(filters.consent.map((c) => consentIs(c, today)), sql` OR `)})`)
  }
  return {
    match: clauses.length > 0 ? clauses.join(' AND ') : null,
    // Any date bound leaves the undated assets (keys below KEY_SPAN) out, as `captured_on >= …` does.
    lo: filters.from ? dayKey(filters.from) : filters.to ? KEY_SPAN : null,
    // The last key of the "to" day: the next day's first key, minus one.
    hi: filters.to ? dayKey(filters.to) + KEY_SPAN - 1 : null,
    post
  }
}

/**
 * Keys (asset_search rowids) of the plan's matches inside [lo, hi], in key order, at most `limit`.
 * FTS5 walks its rowids in the asked order and stops at the limit; CROSS JOIN keeps it the outer loop.
 */
export function matchKeys(plan: SearchPlan & { match: string }, dir: 'asc' | 'desc', lo: number | null, hi: number | null, limit: number) {
  const conditions = [
    sql<SqlBool>`asset_search MATCH ${plan.match}`,
    ...(lo === null ? [] : [sql<SqlBool>`asset_search.rowid >= ${lo}`]),
    ...(hi === null ? [] : [sql<SqlBool>`asset_search.rowid <= ${hi}`]),
    ...plan.post
  ]
  const join = plan.post.length > 0 ? sql`CROSS JOIN assets a ON a.id = asset_search.rowid % ${KEY_SPAN}` : sql``
  return sql<{ k: number }>`
    SELECT asset_search.rowid AS k FROM asset_search ${join}
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY asset_search.rowid ${sql.raw(dir)} LIMIT ${limit}`
}

/** Intersects two optional bounds. */
export const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b))
export const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b))
