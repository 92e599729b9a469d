import type { SocialStatRow } from '../../../shared/contract'
import { SOCIAL_METRIC_LABELS, SOCIAL_METRICS, SOCIAL_NETWORK_LABELS } from '../../../shared/domain/reports'
import type { AuthedCtx } from '../../core/context'
import { listYear } from '../../social/queries'
import { tabulate, type ColumnDef } from '../table'
import type { Sheet } from './sheet'

const SOURCE_LABELS: Record<SocialStatRow['source'], string> = { manual: 'Registro manual', importado: 'Importado de CSV' }

const COLUMNS: ColumnDef<SocialStatRow>[] = [
  { header: 'Red', kind: 'text', value: (r) => SOCIAL_NETWORK_LABELS[r.network] },
  { header: 'Mes', kind: 'month', value: (r) => r.month },
  ...SOCIAL_METRICS.map((metric): ColumnDef<SocialStatRow> => ({
    header: SOCIAL_METRIC_LABELS[metric],
    kind: 'integer',
    value: (r) => r.values[metric]
  })),
  { header: 'Origen', kind: 'text', value: (r) => SOURCE_LABELS[r.source] },
  { header: 'Actualizado por', kind: 'text', value: (r) => r.updatedByName },
  { header: 'Actualizado', kind: 'datetime', value: (r) => r.updatedAt }
]

/** The social-network figures of a year (the current one unless chosen), network by network. */
export async function socialSheet(ctx: AuthedCtx, filters: { year?: number }): Promise<Sheet> {
  const year = filters.year ?? Number(ctx.today.slice(0, 4))
  const rows = await listYear(ctx.db, year)
  return {
    table: tabulate('Redes sociales', COLUMNS, rows),
    title: `Estadísticas de redes sociales ${year}`,
    baseName: `Redes-sociales-${year}`
  }
}
