import type { SocialStatRow } from '../../shared/contract'
import { SOCIAL_METRICS, SOCIAL_NETWORKS, type SocialMetric, type SocialNetwork } from '../../shared/domain/reports'
import type { Trx } from '../core/context'
import type { Db } from '../db/connection'
import type { SocialStatsTable } from '../db/schema'

type Reader = Db | Trx

/** Metric → its column in social_stats. */
export const METRIC_COLUMN = {
  followers: 'followers',
  publications: 'publications',
  reach: 'reach',
  impressions: 'impressions',
  interactions: 'interactions',
  videoViews: 'video_views'
} as const satisfies Record<SocialMetric, keyof SocialStatsTable>

function statsQuery(db: Reader) {
  return db
    .selectFrom('social_stats as s')
    .innerJoin('users as u', 'u.id', 's.updated_by')
    .select([
      's.network',
      's.month',
      's.followers',
      's.publications',
      's.reach',
      's.impressions',
      's.interactions',
      's.video_views',
      's.source',
      's.updated_at',
      'u.full_name'
    ])
}

type StatRecord = Awaited<ReturnType<ReturnType<typeof statsQuery>['execute']>>[number]

const toRow = (r: StatRecord): SocialStatRow => ({
  network: r.network,
  month: r.month,
  values: Object.fromEntries(SOCIAL_METRICS.map((m) => [m, r[METRIC_COLUMN[m]]])) as Record<SocialMetric, number | null>,
  source: r.source,
  updatedAt: r.updated_at,
  updatedByName: r.full_name
})

const networkOrder = (n: SocialNetwork) => SOCIAL_NETWORKS.indexOf(n)

/** Networks in the order the office knows them (Facebook first), then month by month. */
const byNetworkThenMonth = (a: SocialStatRow, b: SocialStatRow) =>
  networkOrder(a.network) - networkOrder(b.network) || a.month.localeCompare(b.month)

/** Every network and month of the year that has figures. */
export async function listYear(db: Reader, year: number): Promise<SocialStatRow[]> {
  const rows = await statsQuery(db)
    .where('s.month', '>=', `${year}-01`)
    .where('s.month', '<=', `${year}-12`)
    .execute()
  return rows.map(toRow).sort(byNetworkThenMonth)
}

export type StatKey = { network: SocialNetwork; month: string }

/** The stored rows for these network-months, in the same order; missing ones are left out. */
export async function rowsFor(db: Reader, keys: readonly StatKey[]): Promise<SocialStatRow[]> {
  if (keys.length === 0) return []
  const rows = await statsQuery(db)
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('s.network', '=', k.network), eb('s.month', '=', k.month)]))))
    .execute()
  const found = new Map(rows.map((r) => [`${r.network}|${r.month}`, toRow(r)]))
  return keys.flatMap((k) => found.get(`${k.network}|${k.month}`) ?? [])
}
