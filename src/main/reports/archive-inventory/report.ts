import { formatDate } from '../../../shared/dates'
import { REPORT_KIND_LABELS } from '../../../shared/domain/reports'
import type { Ctx } from '../../core/context'
import type { BaseMeta, BuiltReport } from '../pdf/document'
import { loadArchiveInventory } from './data'
import { renderInventory } from './render'

export async function inventoryReport(ctx: Ctx, base: BaseMeta): Promise<BuiltReport> {
  const { inventory, officeName } = await loadArchiveInventory(ctx)
  const title = `${REPORT_KIND_LABELS.inventario_archivo} al ${formatDate(ctx.today)}`
  const subtitle = [`Corte: ${formatDate(ctx.today)}`, officeName].filter(Boolean).join(' · ')
  const pdf = await renderInventory({ ...base, title }, subtitle, inventory)
  return { title, fileName: `Inventario-audiovisual-${ctx.today}.pdf`, pdf }
}
