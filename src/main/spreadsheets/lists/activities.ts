import type { PlanActivity, PlanStrategy } from '../../../shared/contract'
import { FREQUENCY_LABELS, PHVA_LABELS, STRATEGY_KIND_LABELS } from '../../../shared/domain/plans'
import type { AuthedCtx } from '../../core/context'
import { getPlanDetail } from '../../plans/queries'
import { tabulate, type ColumnDef } from '../table'
import type { Sheet } from './sheet'

type ActivityLine = PlanActivity & { strategy: Pick<PlanStrategy, 'name' | 'kind'> }

/** Executed is what reached the public: the published pieces tied to the activity. */
const executionRatio = (a: PlanActivity): number | null => (a.goalQuantity > 0 ? a.publishedCount / a.goalQuantity : null)

const COLUMNS: ColumnDef<ActivityLine>[] = [
  { header: 'Estrategia', kind: 'text', value: (a) => a.strategy.name },
  { header: 'Tipo de estrategia', kind: 'text', value: (a) => STRATEGY_KIND_LABELS[a.strategy.kind] },
  { header: 'Actividad', kind: 'text', value: (a) => a.description },
  { header: 'Frecuencia', kind: 'text', value: (a) => FREQUENCY_LABELS[a.frequency] },
  { header: 'Fase PHVA', kind: 'text', value: (a) => `${a.phvaPhase} · ${PHVA_LABELS[a.phvaPhase]}` },
  { header: 'Responsable', kind: 'text', value: (a) => a.responsibleName },
  { header: 'Meta', kind: 'integer', value: (a) => a.goalQuantity },
  { header: 'Unidad de la meta', kind: 'text', value: (a) => a.goalUnit },
  { header: 'Piezas vinculadas', kind: 'integer', value: (a) => a.pieceCount },
  { header: 'Ejecutado (piezas publicadas)', kind: 'integer', value: (a) => a.publishedCount },
  { header: '% de ejecución', kind: 'percent', value: executionRatio }
]

/** Every activity of the plan, strategy by strategy, with its goal and what was executed. */
export async function activitiesSheet(ctx: AuthedCtx, planId: number): Promise<Sheet> {
  const plan = await getPlanDetail(ctx.db, planId)
  const lines = plan.strategies.flatMap((s) => s.activities.map((a) => ({ ...a, strategy: { name: s.name, kind: s.kind } })))
  return {
    table: tabulate('Actividades', COLUMNS, lines),
    title: `Actividades de «${plan.name}» con su ejecución`,
    baseName: 'Actividades'
  }
}
