import { REPORT_KIND_LABELS } from '../../../shared/domain/reports'
import type { Ctx } from '../../core/context'
import type { BaseMeta, BuiltReport } from '../pdf/document'
import { monthLabel } from '../pdf/format'
import { loadMonthlyData } from './data'
import { monthlyFigures } from './figures'
import { renderMonthly } from './render'

export async function monthlyReport(ctx: Ctx, month: string, base: BaseMeta): Promise<BuiltReport> {
  const data = await loadMonthlyData(ctx.db, month, ctx.today)
  const title = `${REPORT_KIND_LABELS.mensual} de ${monthLabel(month)}`
  const pdf = await renderMonthly({ ...base, title }, data, monthlyFigures(data))
  return { title, fileName: `Informe-mensual-${month}.pdf`, pdf }
}
