import { sql, type SqlBool } from 'kysely'
import type { AssetCard } from '../../shared/contract'
import type { ArchiveSort } from '../../shared/domain/archive'
import type { Ctx } from '../core/context'
import { validation } from '../core/errors'
import type { Db } from '../db/connection'
import { cardQuery, toCard, type CardRow } from './cards'
import { allOf, filterConditions, ftsQuery, type Filters } from './filters'

/**
 * Relevance ranks at most this many matches: the most recently catalogued ones. Ranking every
 * match of a word found in most of the archive ("alcaldía") costs hundreds of milliseconds at a
 * million assets; people who sort by relevance read the first pages, and date order stays exact.
 */
export const RELEVANCE_CANDIDATES = 5000

/** Words with more matches than this are paged by walking the date index (see filterConditions). */
export const WALK_DATES_ABOVE = 5000

/** Whether the words match more than WALK_DATES_ABOVE assets; a bounded count, whatever the word. */
async function isCommon(db: Db, match: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (SELECT rowid FROM asset_search WHERE asset_search MATCH ${match} LIMIT ${WALK_DATES_ABOVE + 1})`.execute(db)
  return (rows[0]?.n ?? 0) > WALK_DATES_ABOVE
}

/** Column weights for bm25, in asset_search's order: title, description, keywords, people, place, event. */
const BM25_WEIGHTS = sql.raw('10.0, 2.0, 5.0, 5.0, 3.0, 4.0')

export interface SearchInput {
  filters: Filters
  sort: ArchiveSort
  cursor: string | null
  limit: number
}

export interface SearchPage {
  items: AssetCard[]
  nextCursor: string | null
  total: number
}

type DateCursor = { s: 'fecha_desc' | 'fecha_asc'; c: string | null; i: number }
type RankCursor = { s: 'relevancia'; o: number }
type Cursor = DateCursor | RankCursor

const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url')

const staleCursor = () => validation('La búsqueda cambió mientras se cargaba la página. Vuelva a buscar desde el principio.')

function decodeCursor(text: string, sort: ArchiveSort): Cursor {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    throw staleCursor()
  }
  if (typeof value !== 'object' || value === null) throw staleCursor()
  const c = value as Record<string, unknown>
  if (c.s !== sort) throw staleCursor()
  if (sort === 'relevancia') {
    if (typeof c.o !== 'number' || !Number.isSafeInteger(c.o) || c.o < 0) throw staleCursor()
    return { s: 'relevancia', o: c.o }
  }
  if (typeof c.i !== 'number' || !Number.isSafeInteger(c.i) || (c.c !== null && typeof c.c !== 'string')) throw staleCursor()
  return { s: sort, c: c.c, i: c.i }
}

/** How many assets match; text alone is counted on the FTS index without touching `assets`. */
export async function countMatches(db: Db, filters: Filters, today: string): Promise<number> {
  const conditions = filterConditions(filters, today, { withText: false })
  const match = ftsQuery(filters.text)
  const query =
    match && conditions.length === 0
      ? sql<{ n: number }>`SELECT count(*) AS n FROM asset_search WHERE asset_search MATCH ${match}`
      : sql<{ n: number }>`SELECT count(*) AS n FROM assets a WHERE ${allOf(filterConditions(filters, today))}`
  const { rows } = await query.execute(db)
  return rows[0]?.n ?? 0
}

/**
 * One page in date order: assets with a date first (newest or oldest), then those without one, by
 * id. The two parts are read separately so each walks the (captured_on, id) index; the cursor
 * holds the last (captured_on, id) shown.
 */
async function datePage(db: Db, filters: Filters, today: string, sort: 'fecha_desc' | 'fecha_asc', after: DateCursor | null, limit: number) {
  const match = ftsQuery(filters.text)
  const walkDates = match !== null && (await isCommon(db, match))
  const where = allOf(filterConditions(filters, today, { walkDates }))
  const dir = sort === 'fecha_desc' ? 'desc' : 'asc'
  const cmp = sql.raw(sort === 'fecha_desc' ? '<' : '>')
  const rows: CardRow[] = []
  if (!after || after.c !== null) {
    let q = cardQuery(db).where(where).where('a.captured_on', 'is not', null)
    if (after && after.c !== null) {
      q = q.where(sql<SqlBool>`(a.captured_on, a.id) ${cmp} (${after.c}, ${after.i})`)
    }
    rows.push(...(await q.orderBy('a.captured_on', dir).orderBy('a.id', dir).limit(limit + 1).execute()))
  }
  if (rows.length <= limit) {
    let q = cardQuery(db).where(where).where('a.captured_on', 'is', null)
    if (after && after.c === null) q = q.where(sql<SqlBool>`a.id ${cmp} ${after.i}`)
    rows.push(...(await q.orderBy('a.id', dir).limit(limit + 1 - rows.length).execute()))
  }
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  const nextCursor = rows.length > limit && last ? encodeCursor({ s: sort, c: last.captured_on, i: last.id }) : null
  return { page, nextCursor }
}

/** One page by relevance (bm25 over the capped candidates), with an offset cursor. */
async function relevancePage(db: Db, filters: Filters, today: string, match: string, offset: number, limit: number) {
  const where = allOf(filterConditions(filters, today, { withText: false }))
  const take = Math.max(0, Math.min(limit, RELEVANCE_CANDIDATES - offset))
  // The other filters apply inside the capped candidates, so a filter never empties a page the
  // total says exists: the candidates are the newest matches that pass every filter.
  const { rows: ranked } = await sql<{ id: number }>`
    SELECT m.id FROM (
      SELECT asset_search.rowid AS id, bm25(asset_search, ${BM25_WEIGHTS}) AS score
      FROM asset_search JOIN assets a ON a.id = asset_search.rowid
      WHERE asset_search MATCH ${match} AND ${where}
      ORDER BY asset_search.rowid DESC LIMIT ${RELEVANCE_CANDIDATES}
    ) m
    ORDER BY m.score, m.id DESC
    LIMIT ${take + 1} OFFSET ${offset}`.execute(db)
  const ids = ranked.slice(0, take).map((r) => r.id)
  const cards = ids.length === 0 ? [] : await cardQuery(db).where('a.id', 'in', ids).execute()
  const byId = new Map(cards.map((c) => [c.id, c]))
  const page = ids.flatMap((id) => byId.get(id) ?? [])
  const nextCursor = ranked.length > take && take > 0 ? encodeCursor({ s: 'relevancia', o: offset + take }) : null
  return { page, nextCursor }
}

export async function searchAssets(ctx: Ctx, input: SearchInput): Promise<SearchPage> {
  const { filters, limit } = input
  const match = ftsQuery(filters.text)
  let result: { page: CardRow[]; nextCursor: string | null }
  if (input.sort === 'relevancia' && match) {
    const cursor = input.cursor ? decodeCursor(input.cursor, 'relevancia') : null
    result = await relevancePage(ctx.db, filters, ctx.today, match, cursor?.s === 'relevancia' ? cursor.o : 0, limit)
  } else {
    // Relevance without words has nothing to rank: it falls back to the newest first.
    const sort = input.sort === 'relevancia' ? 'fecha_desc' : input.sort
    const cursor = input.cursor ? decodeCursor(input.cursor, sort) : null
    result = await datePage(ctx.db, filters, ctx.today, sort, cursor?.s === sort ? cursor : null, limit)
  }
  const { page, nextCursor } = result
  const total = await countMatches(ctx.db, filters, ctx.today)
  return { items: page.map((row) => toCard(row, ctx.core.host, ctx.today)), nextCursor, total }
}
