import { REPORT_KIND_LABELS } from '../../../shared/domain/reports'
import type { Ctx } from '../../core/context'
import type { BaseMeta, BuiltReport } from '../pdf/document'
import { loadPieceRecord } from './data'
import { renderPieceRecord } from './render'

export async function pieceRecordReport(ctx: Ctx, pieceId: number, base: BaseMeta): Promise<BuiltReport> {
  const record = await loadPieceRecord(ctx, pieceId)
  const title = `${REPORT_KIND_LABELS.ficha_pieza} ${record.code}`
  const pdf = await renderPieceRecord({ ...base, title }, record)
  return { title, fileName: `Ficha-${record.code}.pdf`, pdf }
}
