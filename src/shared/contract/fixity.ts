import { z } from 'zod'
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

const Prefix = (label: string) =>
  z.string().trim().min(1, `${label} es obligatoria.`).max(1000, `${label} admite como máximo 1000 caracteres.`)

export const fixityContract = {
  run: method(z.object({ assetIds: z.array(Id).min(1, 'Seleccione al menos un material.').max(5000).optional() }).strict()).returns<FixityRun>(),
  runs: method(Empty).returns<FixityRun[]>(),
  get: method(z.object({ id: Id }).strict()).returns<FixityRunDetail>(),
  cancel: method(z.object({ id: Id }).strict()).returns<FixityRun>(),
  relocate: method(
    z.object({ fromPrefix: Prefix('La carpeta anterior'), toPrefix: Prefix('La carpeta nueva') }).strict()
  ).returns<RelocationResult>()
}
