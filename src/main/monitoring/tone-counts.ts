import { sql } from 'kysely'
import type { ToneCounts } from '../../shared/contract/monitoring'
import { TONES, type Tone } from '../../shared/domain/monitoring'

export const emptyCounts = (): ToneCounts => ({ positivo: 0, neutro: 0, negativo: 0, total: 0 })

/** Adds `count` clips of `tone` to a tally. */
export function addTo(counts: ToneCounts, tone: Tone, count = 1): ToneCounts {
  counts[tone] += count
  counts.total += count
  return counts
}

/** Select expressions counting clips by tone, for grouped queries over media_clips as "c". */
export const toneCountColumns = () => [
  ...TONES.map((tone) => sql<number>`coalesce(sum(c.tone = ${tone}), 0)`.as(tone)),
  sql<number>`count(*)`.as('total')
]

export function countsOf(row: Record<Tone | 'total', number | bigint>): ToneCounts {
  return { positivo: Number(row.positivo), neutro: Number(row.neutro), negativo: Number(row.negativo), total: Number(row.total) }
}
