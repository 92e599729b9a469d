import type { SocialStatRow } from '../../../../shared/contract'
import { SOCIAL_METRICS, type SocialMetric, type SocialNetwork } from '../../../../shared/domain/reports'

export type MetricValues = Record<SocialMetric, number | null>
/** `${network}|${aaaa-mm}` */
export type CellRowKey = `${SocialNetwork}|${string}`

export const EMPTY_VALUES: MetricValues = Object.fromEntries(SOCIAL_METRICS.map((m) => [m, null])) as MetricValues

export const rowKey = (network: SocialNetwork, month: string): CellRowKey => `${network}|${month}`

export function splitKey(key: CellRowKey): { network: SocialNetwork; month: string } {
  const [network, month] = key.split('|') as [SocialNetwork, string]
  return { network, month }
}

export const monthsOf = (year: number): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** Saved rows by key, for quick lookup while drawing the grid. */
export function indexRows(rows: SocialStatRow[]): Map<CellRowKey, SocialStatRow> {
  return new Map(rows.map((r) => [rowKey(r.network, r.month), r]))
}

export const sameValues = (a: MetricValues, b: MetricValues): boolean => SOCIAL_METRICS.every((m) => a[m] === b[m])

/** Change from one month to the next, in percent; null when there is nothing to compare with. */
export function monthOnMonth(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null
  return ((current - previous) / previous) * 100
}
