import { PIECE_TYPE_LABELS, REVIEW_STAGES, type ReviewDecision, type ReviewStage } from '../../../shared/domain/pieces'
import { SOCIAL_METRICS, SOCIAL_NETWORKS, type SocialMetric, type SocialNetwork } from '../../../shared/domain/reports'
import { colombianDate } from '../period'
import { countBy, median, percentile, share, type Count } from '../stats'
import type { Approval, DuePiece, MonthlyData, ProducedPiece, SocialValues } from './data'

export const NO_REQUEST_LABEL = 'Iniciativa de la oficina (sin solicitud)'
export const NO_CHANNEL_LABEL = 'Sin canal definido'

const DAY_MS = 86_400_000

export interface Turnaround {
  count: number
  medianDays: number | null
  p90Days: number | null
}

/** Days from the first submission of each stage to its approval; approvals without a known submission are left out. */
export function turnaround(approvals: readonly Approval[]): Record<ReviewStage, Turnaround> {
  const result = {} as Record<ReviewStage, Turnaround>
  for (const stage of REVIEW_STAGES) {
    const days = approvals
      .filter((a) => a.stage === stage && a.submittedAt !== null)
      .map((a) => (Date.parse(a.approvedAt) - Date.parse(a.submittedAt!)) / DAY_MS)
    result[stage] = { count: days.length, medianDays: median(days), p90Days: percentile(days, 0.9) }
  }
  return result
}

export interface Returned {
  reviewed: number
  returned: number
  share: number | null
}

/** Of the pieces reviewed in the month, those returned for adjustments at least once in it. */
export function returnedShare(reviews: readonly { pieceId: number; decision: ReviewDecision }[]): Returned {
  const reviewed = new Set(reviews.map((r) => r.pieceId))
  const returned = new Set(reviews.filter((r) => r.decision === 'devuelta').map((r) => r.pieceId))
  return { reviewed: reviewed.size, returned: returned.size, share: share(returned.size, reviewed.size) }
}

export interface OnTime {
  onTime: number
  late: number
  /** Not yet published and not yet due: they count in a later report. */
  pending: number
  share: number | null
}

/**
 * Pieces due in the month against their first publication: on time when published by the due
 * date (Colombian calendar), late when published after it or still unpublished once it passed.
 */
export function onTimeRate(pieces: readonly DuePiece[], today: string): OnTime {
  let onTime = 0
  let late = 0
  let pending = 0
  for (const piece of pieces) {
    if (piece.firstPublishedAt !== null) {
      if (colombianDate(piece.firstPublishedAt) <= piece.dueDate) onTime++
      else late++
    } else if (piece.dueDate < today) late++
    else pending++
  }
  return { onTime, late, pending, share: share(onTime, onTime + late) }
}

/** Relative change from `previous` to `value`; null when either is missing or there is no base. */
export function change(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null
  return (value - previous) / previous
}

export interface SocialLine {
  network: SocialNetwork
  metrics: Record<SocialMetric, { value: number | null; previous: number | null; change: number | null }>
}

/** One line per network with figures this month, in the order of the networks' list. */
export function socialLines(current: ReadonlyMap<SocialNetwork, SocialValues>, previous: ReadonlyMap<SocialNetwork, SocialValues>): SocialLine[] {
  return SOCIAL_NETWORKS.filter((n) => current.has(n)).map((network) => {
    const now = current.get(network)!
    const before = previous.get(network)
    const metrics = Object.fromEntries(
      SOCIAL_METRICS.map((m) => {
        const prev = before?.[m] ?? null
        return [m, { value: now[m], previous: prev, change: change(now[m], prev) }]
      })
    ) as SocialLine['metrics']
    return { network, metrics }
  })
}

export interface MonthlyFigures {
  produced: number
  byType: Count[]
  byChannel: Count[]
  byDependencia: Count[]
  byStrategy: Count[]
  publications: number
  publicationsByChannel: Count[]
  turnaround: Record<ReviewStage, Turnaround>
  returned: Returned
  onTime: OnTime
  social: SocialLine[]
}

export function monthlyFigures(data: MonthlyData): MonthlyFigures {
  const produced: readonly ProducedPiece[] = data.produced
  return {
    produced: produced.length,
    byType: countBy(produced, (p) => PIECE_TYPE_LABELS[p.type]),
    byChannel: countBy(produced, (p) => (p.channels.length > 0 ? p.channels : NO_CHANNEL_LABEL)),
    byDependencia: countBy(produced, (p) => p.dependencia ?? NO_REQUEST_LABEL),
    byStrategy: countBy(produced, (p) => p.strategy),
    publications: data.publicationChannels.length,
    publicationsByChannel: countBy(data.publicationChannels, (c) => c),
    turnaround: turnaround(data.approvals),
    returned: returnedShare(data.reviews),
    onTime: onTimeRate(data.due, data.today),
    social: socialLines(data.social.current, data.social.previous)
  }
}
