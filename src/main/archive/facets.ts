import { sql } from 'kysely'
import type { FacetCounts } from '../../shared/contract'
import type { AssetKind, CatalogueStatus, ConsentView } from '../../shared/domain/archive'
import type { Db } from '../db/connection'
import { consentViewSql } from './consent'
import { allOf, filterConditions, type FacetKey, type Filters } from './filters'

/** Long-tail facets (events, dependencias, creators) show their most used values only. */
const TOP_VALUES = 50

/**
 * Counts per value of each facet under the current filters. Each facet ignores its own
 * selection, so the counts say what ticking another value of it would add.
 */
export async function facetCounts(db: Db, filters: Filters, today: string): Promise<FacetCounts> {
  const where = (except: FacetKey) => allOf(filterConditions(filters, today, { except }))
  const [kind, year, event, dependencia, creator, consent, status] = await Promise.all([
    sql<{ value: AssetKind; count: number }>`
      SELECT a.kind AS value, count(*) AS count FROM assets a WHERE ${where('kind')}
      GROUP BY a.kind ORDER BY count DESC, value`.execute(db),
    sql<{ value: number; count: number }>`
      SELECT a.captured_year AS value, count(*) AS count FROM assets a
      WHERE a.captured_year IS NOT NULL AND ${where('year')}
      GROUP BY a.captured_year ORDER BY value DESC`.execute(db),
    sql<{ value: number; label: string; count: number }>`
      SELECT e.id AS value, e.name AS label, count(*) AS count FROM assets a JOIN archive_events e ON e.id = a.event_id
      WHERE ${where('eventId')} GROUP BY e.id ORDER BY count DESC, label LIMIT ${TOP_VALUES}`.execute(db),
    sql<{ value: number; label: string; count: number }>`
      SELECT d.id AS value, d.name AS label, count(*) AS count FROM assets a JOIN catalogue_items d ON d.id = a.dependencia_id
      WHERE ${where('dependenciaId')} GROUP BY d.id ORDER BY count DESC, label LIMIT ${TOP_VALUES}`.execute(db),
    sql<{ value: string; count: number }>`
      SELECT a.creator AS value, count(*) AS count FROM assets a WHERE a.creator <> '' AND ${where('creator')}
      GROUP BY a.creator ORDER BY count DESC, value LIMIT ${TOP_VALUES}`.execute(db),
    sql<{ value: ConsentView; count: number }>`
      SELECT ${consentViewSql(today)} AS value, count(*) AS count FROM assets a WHERE ${where('consent')}
      GROUP BY value ORDER BY count DESC, value`.execute(db),
    sql<{ value: CatalogueStatus; count: number }>`
      SELECT a.status AS value, count(*) AS count FROM assets a WHERE ${where('status')}
      GROUP BY a.status ORDER BY count DESC, value`.execute(db)
  ])
  return {
    kind: kind.rows,
    year: year.rows,
    event: event.rows,
    dependencia: dependencia.rows,
    creator: creator.rows,
    consent: consent.rows,
    status: status.rows
  }
}
