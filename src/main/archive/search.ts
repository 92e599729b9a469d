import { sql, type SqlBool } from 'kysely'
import type { AssetCard } from '../../shared/contract'
import { SEARCH_COUNT_CAP, type ArchiveSort } from '../../shared/domain/archive'
import type { Ctx } from '../core/context'
import { validation } from '../core/errors'
import type { Db } from '../db/connection'
import { cardQuery, toCard, type CardRow } from './cards'
import { allOf, filterConditions, type Filters } from './filters'
import { TIER_COUNT, matchKeys, maxOf, minOf, searchPlan, searchWords, type SearchPlan } from './match'
import { KEY_SPAN, assetIdOfKey, dayKey } from './search-index'

/** Counts stop here: past it the grid says "más de 10.000", which is all a person needs to refine. */
export const COUNT_CAP = SEARCH_COUNT_CAP

export interface SearchInput {
  filters: Filters
  sort: ArchiveSort
  cursor: string | null
  limit: number
}

export interface SearchPage {
  items: AssetCard[]
  nextCursor: string | null
  /** Exact up to COUNT_CAP; `totalCapped` says there are more. */
  total: number
  totalCapped: boolean
}

type DateCursor = { s: 'fecha_desc' | 'fecha_asc'; c: string | null; i: number }
/** The relevance tier being read and the last key shown in it (null: from its start). */
type RankCursor = { s: 'relevancia'; t: number; k: number | null }
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
    const validKey = c.k === null || (typeof c.k === 'number' && Number.isSafeInteger(c.k) && c.k >= 0)
    if (typeof c.t !== 'number' || !Number.isInteger(c.t) || c.t < 0 || c.t >= TIER_COUNT || !validKey) throw staleCursor()
    return { s: 'relevancia', t: c.t, k: c.k as number | null }
  }
  const validDate = c.c === null || (typeof c.c === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.c))
  if (typeof c.i !== 'number' || !Number.isSafeInteger(c.i) || c.i < 0 || !validDate) throw staleCursor()
  return { s: sort, c: c.c as string | null, i: c.i }
}

const keyOfCursor = (c: DateCursor) => (c.c === null ? c.i : dayKey(c.c) + c.i)

/** Cards for keys, in the keys' order. */
async function cardsOfKeys(db: Db, keys: readonly number[]): Promise<CardRow[]> {
  const ids = keys.map(assetIdOfKey)
  if (ids.length === 0) return []
  const rows = await cardQuery(db).where('a.id', 'in', ids).execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** How many assets match, counting at most COUNT_CAP + 1 of them. */
export async function countMatches(db: Db, filters: Filters, today: string, words?: string[] | null): Promise<{ total: number; capped: boolean }> {
  const plan = searchPlan(filters, today, words === undefined ? await searchWords(db, filters.text) : words)
  const limited = plan.match
    ? matchKeys({ ...plan, match: plan.match }, 'desc', plan.lo, plan.hi, COUNT_CAP + 1)
    : sql`SELECT 1 FROM assets a WHERE ${allOf(filterConditions(filters, today))} LIMIT ${COUNT_CAP + 1}`
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (${limited})`.execute(db)
  const n = rows[0]?.n ?? 0
  return { total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP }
}

/** One page in date order from the index: FTS5 walks the date keys and stops at the page's end. */
async function indexedDatePage(db: Db, plan: SearchPlan & { match: string }, sort: 'fecha_desc' | 'fecha_asc', after: DateCursor | null, limit: number) {
  const afterKey = after ? keyOfCursor(after) : null
  let keys: number[]
  if (sort === 'fecha_desc') {
    // Undated assets have the smallest keys: in descending order they come last by themselves.
    const hi = minOf(plan.hi, afterKey === null ? null : afterKey - 1)
    keys = (await matchKeys(plan, 'desc', plan.lo, hi, limit + 1).execute(db)).rows.map((r) => r.k)
  } else {
    // Ascending, dated assets come first and the undated ones after them, as in descending order.
    keys = []
    if (afterKey === null || afterKey >= KEY_SPAN) {
      const lo = maxOf(maxOf(plan.lo, KEY_SPAN), afterKey === null ? null : afterKey + 1)
      keys = (await matchKeys(plan, 'asc', lo, plan.hi, limit + 1).execute(db)).rows.map((r) => r.k)
    }
    if (keys.length <= limit && plan.lo === null && plan.hi === null) {
      const lo = afterKey !== null && afterKey < KEY_SPAN ? afterKey + 1 : 0
      const more = await matchKeys(plan, 'asc', lo, KEY_SPAN - 1, limit + 1 - keys.length).execute(db)
      keys.push(...more.rows.map((r) => r.k))
    }
  }
  const page = await cardsOfKeys(db, keys.slice(0, limit))
  const last = page[page.length - 1]
  const nextCursor = keys.length > limit && last ? encodeCursor({ s: sort, c: last.captured_on, i: last.id }) : null
  return { page, nextCursor }
}

/**
 * One page in date order without words or facet values (the whole archive, a date range, a
 * consent): dated assets first (newest or oldest), then undated ones by id, each part walking the
 * (captured_on, id) index; the cursor holds the last (captured_on, id) shown.
 */
async function tableDatePage(db: Db, filters: Filters, today: string, sort: 'fecha_desc' | 'fecha_asc', after: DateCursor | null, limit: number) {
  const where = allOf(filterConditions(filters, today))
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

/** One page by relevance: the tiers in order (see match.ts), each newest first. */
async function relevancePage(db: Db, filters: Filters, today: string, words: string[], after: RankCursor | null, limit: number) {
  const found: { t: number; k: number }[] = []
  for (let t = after?.t ?? 0; t < TIER_COUNT && found.length <= limit; t++) {
    const plan = searchPlan(filters, today, words, { tier: t })
    if (!plan.match) break
    const from = after && after.t === t && after.k !== null ? after.k - 1 : null
    const { rows } = await matchKeys({ ...plan, match: plan.match }, 'desc', plan.lo, minOf(plan.hi, from), limit + 1 - found.length).execute(db)
    found.push(...rows.map((r) => ({ t, k: r.k })))
  }
  const shown = found.slice(0, limit)
  const page = await cardsOfKeys(db, shown.map((f) => f.k))
  const last = shown[shown.length - 1]
  const nextCursor = found.length > limit && last ? encodeCursor({ s: 'relevancia', t: last.t, k: last.k }) : null
  return { page, nextCursor }
}

export async function searchAssets(ctx: Ctx, input: SearchInput): Promise<SearchPage> {
  const { filters, limit } = input
  const words = await searchWords(ctx.db, filters.text)
  const plan = searchPlan(filters, ctx.today, words)
  let result: { page: CardRow[]; nextCursor: string | null }
  if (input.sort === 'relevancia' && words) {
    const cursor = input.cursor ? decodeCursor(input.cursor, 'relevancia') : null
    result = await relevancePage(ctx.db, filters, ctx.today, words, cursor?.s === 'relevancia' ? cursor : null, limit)
  } else {
    // Relevance without words has nothing to rank: it falls back to the newest first.
    const sort = input.sort === 'relevancia' ? 'fecha_desc' : input.sort
    const decoded = input.cursor ? decodeCursor(input.cursor, sort) : null
    const cursor = decoded?.s === sort ? decoded : null
    result = plan.match
      ? await indexedDatePage(ctx.db, { ...plan, match: plan.match }, sort, cursor, limit)
      : await tableDatePage(ctx.db, filters, ctx.today, sort, cursor, limit)
  }
  const { page, nextCursor } = result
  const count = await countMatches(ctx.db, filters, ctx.today, words)
  return { items: page.map((row) => toCard(row, ctx.core.host, ctx.today)), nextCursor, total: count.total, totalCapped: count.capped }
}
