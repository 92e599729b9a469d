import { sql, type RawBuilder } from 'kysely'
import type { FacetCounts } from '../../shared/contract'
import { FACET_SAMPLE, type AssetKind, type CatalogueStatus, type ConsentView } from '../../shared/domain/archive'
import type { Db } from '../db/connection'
import { consentViewSql } from './consent'
import { allOf, filterConditions, type FacetKey, type Filters } from './filters'
import { matchKeys, searchPlan, searchWords } from './match'
import { KEY_SPAN } from './search-index'

/** Long-tail facets (events, dependencias, creators) show their most used values only. */
const TOP_VALUES = 50

// Counting every match of a common word in a million assets takes seconds: past FACET_SAMPLE
// matches a facet counts the newest ones and the panel says so.

/** The assets a facet counts over: every asset, or the newest FACET_SAMPLE matches of the search without that facet. */
interface Base {
  where: RawBuilder<unknown>
  sampled: boolean
}

async function baseFor(db: Db, filters: Filters, today: string, words: string[] | null, except: FacetKey): Promise<Base> {
  const plan = searchPlan(filters, today, words, { except })
  const conditions = filterConditions(filters, today, { except })
  if (!plan.match && conditions.length === 0) return { where: sql`1`, sampled: false }
  const newest = (limit: number) =>
    plan.match
      ? sql`SELECT k % ${KEY_SPAN} AS id FROM (${matchKeys({ ...plan, match: plan.match }, 'desc', plan.lo, plan.hi, limit)})`
      : sql`SELECT a.id FROM assets a WHERE ${allOf(conditions)} ORDER BY a.captured_on DESC, a.id DESC LIMIT ${limit}`
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (${newest(FACET_SAMPLE + 1)})`.execute(db)
  return { where: sql`a.id IN (${newest(FACET_SAMPLE)})`, sampled: (rows[0]?.n ?? 0) > FACET_SAMPLE }
}

/**
 * Counts per value of each facet under the current filters. Each facet ignores its own
 * selection, so the counts say what ticking another value of it would add.
 */
export async function facetCounts(db: Db, filters: Filters, today: string): Promise<FacetCounts> {
  const keys: FacetKey[] = ['kind', 'year', 'eventId', 'dependenciaId', 'creator', 'consent', 'status']
  const words = await searchWords(db, filters.text)
  // A facet with nothing ticked counts over the whole search: those facets share one base (and its sampling count).
  const byFilters = new Map<string, Base>()
  const bases = new Map<FacetKey, Base>()
  for (const key of keys) {
    const signature = JSON.stringify({ ...filters, [key]: undefined })
    const base = byFilters.get(signature) ?? (await baseFor(db, filters, today, words, key))
    byFilters.set(signature, base)
    bases.set(key, base)
  }
  const where = (key: FacetKey) => bases.get(key)!.where
  const kind = await sql<{ value: AssetKind; count: number }>`
    SELECT a.kind AS value, count(*) AS count FROM assets a WHERE ${where('kind')}
    GROUP BY a.kind ORDER BY count DESC, value`.execute(db)
  const year = await sql<{ value: number; count: number }>`
    SELECT a.captured_year AS value, count(*) AS count FROM assets a
    WHERE a.captured_year IS NOT NULL AND ${where('year')}
    GROUP BY a.captured_year ORDER BY value DESC`.execute(db)
  const event = await sql<{ value: number; label: string; count: number }>`
    SELECT e.id AS value, e.name AS label, c.count FROM archive_events e JOIN (
      SELECT a.event_id AS id, count(*) AS count FROM assets a WHERE a.event_id IS NOT NULL AND ${where('eventId')} GROUP BY a.event_id
    ) c ON c.id = e.id ORDER BY c.count DESC, label LIMIT ${TOP_VALUES}`.execute(db)
  const dependencia = await sql<{ value: number; label: string; count: number }>`
    SELECT d.id AS value, d.name AS label, c.count FROM catalogue_items d JOIN (
      SELECT a.dependencia_id AS id, count(*) AS count FROM assets a WHERE a.dependencia_id IS NOT NULL AND ${where('dependenciaId')} GROUP BY a.dependencia_id
    ) c ON c.id = d.id ORDER BY c.count DESC, label LIMIT ${TOP_VALUES}`.execute(db)
  const creator = await sql<{ value: string; count: number }>`
    SELECT a.creator AS value, count(*) AS count FROM assets a WHERE a.creator <> '' AND ${where('creator')}
    GROUP BY a.creator ORDER BY count DESC, value LIMIT ${TOP_VALUES}`.execute(db)
  const consent = await sql<{ value: ConsentView; count: number }>`
    SELECT ${consentViewSql(today)} AS value, count(*) AS count FROM assets a WHERE ${where('consent')}
    GROUP BY value ORDER BY count DESC, value`.execute(db)
  const status = await sql<{ value: CatalogueStatus; count: number }>`
    SELECT a.status AS value, count(*) AS count FROM assets a WHERE ${where('status')}
    GROUP BY a.status ORDER BY count DESC, value`.execute(db)
  return {
    kind: kind.rows,
    year: year.rows,
    event: event.rows,
    dependencia: dependencia.rows,
    creator: creator.rows,
    consent: consent.rows,
    status: status.rows,
    sampled: keys.some((k) => bases.get(k)!.sampled)
  }
}
