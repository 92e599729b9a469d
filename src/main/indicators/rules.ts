import type { SessionUser } from '../../shared/contract'
import { formatDate } from '../../shared/dates'
import {
  COMPUTED_SOURCES,
  INDICATOR_FREQUENCY_LABELS,
  INDICATOR_UNIT_LABELS,
  isComputedSource,
  isPeriodOf,
  periodLabel,
  periodRange,
  thresholdProblem,
  type IndicatorDirection,
  type IndicatorFrequency,
  type IndicatorSource,
  type IndicatorUnit
} from '../../shared/domain/indicators'
import type { AuthedCtx, Trx } from '../core/context'
import { forbidden, validation } from '../core/errors'
import type { Db } from '../db/connection'
import { period, type Period } from '../reports/period'

/** The jefe records any sheet; everyone else only the sheets they are responsible for. */
export const mayRecord = (user: SessionUser, responsibleId: number): boolean => user.role === 'jefe' || user.id === responsibleId

export function assertMayRecord(ctx: AuthedCtx, sheet: { responsible_id: number; name: string }): void {
  if (!mayRecord(ctx.user, sheet.responsible_id)) {
    throw forbidden(`Solo el jefe de la oficina o la persona responsable registran las mediciones del indicador «${sheet.name}».`)
  }
}

export interface SheetShape {
  unit: IndicatorUnit
  direction: IndicatorDirection
  goal: number
  criticalLimit: number
  source: IndicatorSource
  responsibleId: number
}

/** Cross-field and database rules of a sheet, with the field each message belongs to. */
export async function assertValidSheet(trx: Trx | Db, input: SheetShape): Promise<void> {
  if (isComputedSource(input.source) && COMPUTED_SOURCES[input.source].unit !== input.unit) {
    const unit = INDICATOR_UNIT_LABELS[COMPUTED_SOURCES[input.source].unit]
    throw validation(`Este indicador lo calcula Pauta en ${unit.toLocaleLowerCase('es-CO')}: elija esa unidad.`, { unit: `Use ${unit.toLocaleLowerCase('es-CO')}.` })
  }
  if (input.unit === 'porcentaje') {
    for (const [field, value] of [['goal', input.goal], ['criticalLimit', input.criticalLimit]] as const) {
      if (value < 0 || value > 100) throw validation('Un porcentaje va de 0 a 100.', { [field]: 'Escriba un valor entre 0 y 100.' })
    }
  }
  if (input.unit === 'dias') {
    for (const [field, value] of [['goal', input.goal], ['criticalLimit', input.criticalLimit]] as const) {
      if (value < 0) throw validation('Un número de días no puede ser negativo.', { [field]: 'Escriba 0 días o más.' })
    }
  }
  const problem = thresholdProblem(input)
  if (problem) throw validation(problem, { criticalLimit: problem })
  const responsible = await trx.selectFrom('users').select(['active', 'role']).where('id', '=', input.responsibleId).executeTakeFirst()
  if (!responsible || responsible.active !== 1 || responsible.role === 'administrador') {
    throw validation('Elija como responsable a una persona activa del equipo de la oficina.', { responsibleId: 'Elija una persona activa del equipo.' })
  }
}

/** The period's dates, once its key matches the sheet's frequency and the period has started. */
export function periodOf(key: string, frequency: IndicatorFrequency, today: string): Period {
  if (!isPeriodOf(key, frequency)) {
    throw validation(`El indicador se mide con frecuencia ${INDICATOR_FREQUENCY_LABELS[frequency].toLocaleLowerCase('es-CO')}: elija un periodo de esa frecuencia.`, {
      periodKey: 'El periodo no corresponde a la frecuencia del indicador.'
    })
  }
  const { from, to } = periodRange(key)
  if (from > today) {
    throw validation(`El periodo ${periodLabel(key)} aún no ha comenzado.`, { periodKey: 'Elija un periodo que ya haya comenzado.' })
  }
  return period(from, to)
}

/** A measurement is recorded from the period's last day on: before it, the figures are still moving. */
export function assertPeriodClosing(key: string, p: Period, today: string): void {
  if (p.to > today) {
    throw validation(`El periodo ${periodLabel(key)} termina el ${formatDate(p.to)}; registre su medición desde ese día. Con «Calcular» puede ver cómo va.`, {
      periodKey: 'El periodo aún no termina.'
    })
  }
}

export interface ManualFigures {
  numerator: number | null
  denominator: number | null
  value: number | null
}

/** The value of a manual measurement: numerator over denominator (× 100 for percentages), or the value typed. */
export function manualValue(input: ManualFigures, unit: IndicatorUnit, key: string): number {
  const { numerator, denominator, value } = input
  if (numerator === null && denominator === null) {
    if (value === null) throw validation('Escriba el numerador y el denominador, o el valor del periodo.', { value: 'Escriba el valor.' })
    return value
  }
  if (value !== null) {
    throw validation('Escriba el numerador y el denominador, o solo el valor: no ambos.', { value: 'Deje el valor vacío: se calcula con la fórmula.' })
  }
  if (numerator === null) throw validation('Escriba también el numerador.', { numerator: 'Escriba el numerador.' })
  if (denominator === null) throw validation('Escriba también el denominador.', { denominator: 'Escriba el denominador.' })
  if (denominator === 0) {
    throw validation(`No hay datos en el periodo ${periodLabel(key)}: el denominador es cero y la fórmula no se puede calcular. Revise los datos o no registre este periodo.`, {
      denominator: 'El denominador no puede ser cero.'
    })
  }
  const ratio = numerator / denominator
  return Math.round((unit === 'porcentaje' ? ratio * 100 : ratio) * 100) / 100
}
