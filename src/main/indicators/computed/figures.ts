import { formatDate } from '../../../shared/dates'
import type { Db } from '../../db/connection'
import type { Period } from '../../reports/period'

/** A computed period: numerator over denominator (or a median over `denominator` cases). */
export interface Figures {
  numerator: number | null
  denominator: number
  /** Null when there is nothing to measure in the period. */
  value: number | null
  detail: string
}

export interface ComputeInput {
  db: Db
  period: Period
  /** Colombian date of the call: spans that have not ended yet cannot be judged. */
  today: string
}

export const round2 = (n: number): number => Math.round(n * 100) / 100

export const span = (p: Period): string => `entre el ${formatDate(p.from)} y el ${formatDate(p.to)}`

/** A percentage figure, or the "no data" answer when the denominator is zero. */
export function percentFigures(numerator: number, denominator: number, detail: string, empty: string): Figures {
  if (denominator === 0) return { numerator: 0, denominator: 0, value: null, detail: `No hay datos en el periodo: ${empty}` }
  return { numerator, denominator, value: round2((numerator / denominator) * 100), detail }
}
