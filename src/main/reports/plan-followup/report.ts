import { REPORT_KIND_LABELS } from '../../../shared/domain/reports'
import type { Ctx } from '../../core/context'
import type { BaseMeta, BuiltReport } from '../pdf/document'
import { formatRange } from '../pdf/format'
import { loadFollowupData } from './data'
import { followActivity } from './figures'
import { renderFollowup } from './render'

export async function followupReport(ctx: Ctx, request: { planId: number; from: string; to: string }, base: BaseMeta): Promise<BuiltReport> {
  const data = await loadFollowupData(ctx.db, request.planId, request.from, request.to)
  const window = { from: data.from, to: data.to, planStartsOn: data.plan.startsOn, planEndsOn: data.plan.endsOn, today: ctx.today }
  const activities = data.activities.map((a) => ({ ...a, followup: followActivity(a, window) }))
  const title = `${REPORT_KIND_LABELS.seguimiento_plan}: ${data.plan.name} (${formatRange(data.from, data.to)})`
  const pdf = await renderFollowup({ ...base, title }, data, activities)
  return { title, fileName: `Seguimiento-plan-${data.from}-a-${data.to}.pdf`, pdf }
}
