import type { PieceRow } from '../../../shared/contract'
import { PIECE_STATE_LABELS, PIECE_TYPE_LABELS, type PieceState, type PieceType } from '../../../shared/domain/pieces'
import type { AuthedCtx } from '../../core/context'
import { listPieces } from '../../pieces/queries'
import { tabulate, yesNo, type ColumnDef } from '../table'
import { titleWith, type Sheet } from './sheet'

export interface PieceSheetFilters {
  state?: PieceState
  type?: PieceType
  search?: string
  mine?: boolean
  overdue?: boolean
}

const COLUMNS: ColumnDef<PieceRow>[] = [
  { header: 'Código', kind: 'text', value: (p) => p.code },
  { header: 'Título', kind: 'text', value: (p) => p.title },
  { header: 'Tipo', kind: 'text', value: (p) => PIECE_TYPE_LABELS[p.type] },
  { header: 'Estado', kind: 'text', value: (p) => PIECE_STATE_LABELS[p.state] },
  { header: 'Requiere diseño', kind: 'text', value: (p) => yesNo(p.requiresDesign) },
  { header: 'Redacción', kind: 'text', value: (p) => p.writerName },
  { header: 'Diseño', kind: 'text', value: (p) => p.designerName },
  { header: 'Fecha de entrega', kind: 'date', value: (p) => p.dueDate },
  { header: 'Vencida', kind: 'text', value: (p) => yesNo(p.overdue) },
  { header: 'Actividad del plan', kind: 'text', value: (p) => p.activityLabel },
  { header: 'Solicitud', kind: 'text', value: (p) => p.requestCode },
  { header: 'Último cambio de estado', kind: 'datetime', value: (p) => p.stateChangedAt },
  { header: 'Última modificación', kind: 'datetime', value: (p) => p.updatedAt }
]

/** The pieces list with the same filters and order as the Piezas screen. */
export async function piecesSheet(ctx: AuthedCtx, filters: PieceSheetFilters): Promise<Sheet> {
  const rows = await listPieces(ctx.db, ctx.today, ctx.user.id, filters)
  const title = titleWith('Piezas', [
    filters.state && `estado: ${PIECE_STATE_LABELS[filters.state]}`,
    filters.type && `tipo: ${PIECE_TYPE_LABELS[filters.type]}`,
    filters.search && `búsqueda: «${filters.search}»`,
    filters.mine && `a cargo de ${ctx.user.fullName}`,
    filters.overdue && 'vencidas'
  ])
  return { table: tabulate('Piezas', COLUMNS, rows), title, baseName: 'Piezas' }
}
