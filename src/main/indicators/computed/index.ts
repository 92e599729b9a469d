import type { ComputedSource } from '../../../shared/domain/indicators'
import type { ComputeInput, Figures } from './figures'
import { coveragesOnTime, favourableClips, inquiriesOnTime, negativeClips } from './office'
import { approvalTurnaround, onTimePublication, returnedPieces } from './pieces'
import { planExecution } from './plan'

export type { Figures } from './figures'

/** Each computed source as a pure function of the database over a period of Colombian dates. */
export const COMPUTE: Record<ComputedSource, (input: ComputeInput) => Promise<Figures>> = {
  publicacion_oportuna: onTimePublication,
  tiempo_aprobacion: approvalTurnaround,
  piezas_devueltas: returnedPieces,
  ejecucion_plan: planExecution,
  inquietudes_a_tiempo: inquiriesOnTime,
  cubrimientos_a_tiempo: coveragesOnTime,
  medios_favorables: favourableClips,
  medios_negativos: negativeClips
}
