import { z } from 'zod'
import { FIXITY_FREQUENCIES, type FixityFrequency } from '../domain/archive-export'
import { Empty, Id } from './common'
import { method } from './define'

export type FixityScope = 'todo' | 'seleccion'
export type FixityRunState = 'en_curso' | 'terminada' | 'cancelada'
export type FixityResult = 'ok' | 'cambiado' | 'faltante'

export const FIXITY_RUN_STATE_LABELS: Record<FixityRunState, string> = {
  en_curso: 'En curso',
  terminada: 'Terminada',
  cancelada: 'Cancelada'
}

export const FIXITY_RESULT_LABELS: Record<FixityResult, string> = {
  ok: 'Íntegro',
  cambiado: 'Cambiado',
  faltante: 'Faltante'
}

export interface FixityRun {
  id: number
  scope: FixityScope
  state: FixityRunState
  total: number
  checked: number
  ok: number
  changed: number
  missing: number
  startedAt: string
  finishedAt: string | null
  createdByName: string
  /** Started by the schedule (on behalf of whoever configured it), not by hand. */
  scheduled: boolean
}

/** A master that did not match: what was found, and where it should be. */
export interface FixityProblem {
  assetId: number
  name: string
  result: Exclude<FixityResult, 'ok'>
  detail: string
  expectedPath: string
  checkedAt: string
}

export interface FixityRunDetail extends FixityRun {
  problems: FixityProblem[]
}

export interface RelocationResult {
  /** Assets whose master path started with the old prefix. */
  candidates: number
  matched: number
  notFound: { assetId: number; name: string; path: string }[]
  different: { assetId: number; name: string; path: string }[]
}

/** When the whole archive is verified on its own (Colombian time). */
export interface FixitySchedule {
  frequency: FixityFrequency
  /** 1 = lunes … 7 = domingo; set when weekly. */
  weekday: number | null
  /** 1 to 28; set when monthly. */
  monthDay: number | null
  hour: number
  lastRunAt: string | null
  /** The next run's instant; null when the schedule is off. */
  nextRunAt: string | null
  /** A run is due and waits (a verification in progress): it starts as soon as it can. */
  runPending: boolean
  updatedAt: string | null
  updatedByName: string | null
}

const Prefix = (label: string) =>
  z.string().trim().min(1, `${label} es obligatoria.`).max(1000, `${label} admite como máximo 1000 caracteres.`)

export const fixityContract = {
  run: method(z.object({ assetIds: z.array(Id).min(1, 'Seleccione al menos un material.').max(5000).optional() }).strict()).returns<FixityRun>(),
  runs: method(Empty).returns<FixityRun[]>(),
  get: method(z.object({ id: Id }).strict()).returns<FixityRunDetail>(),
  cancel: method(z.object({ id: Id }).strict()).returns<FixityRun>(),
  relocate: method(
    z.object({ fromPrefix: Prefix('La carpeta anterior'), toPrefix: Prefix('La carpeta nueva') }).strict()
  ).returns<RelocationResult>(),
  schedule: method(Empty).returns<FixitySchedule>(),
  saveSchedule: method(
    z
      .object({
        frequency: z.enum(FIXITY_FREQUENCIES),
        weekday: z.number().int().min(1).max(7).nullable().default(null),
        monthDay: z.number().int().min(1, 'Elija un día entre 1 y 28.').max(28, 'Elija un día entre 1 y 28: así todos los meses lo tienen.').nullable().default(null),
        hour: z.number().int().min(0).max(23, 'Elija una hora entre 0 y 23.')
      })
      .strict()
      .refine((s) => s.frequency !== 'semanal' || s.weekday !== null, { message: 'Elija el día de la semana.', path: ['weekday'] })
      .refine((s) => s.frequency !== 'mensual' || s.monthDay !== null, { message: 'Elija el día del mes.', path: ['monthDay'] })
  ).returns<FixitySchedule>()
}
