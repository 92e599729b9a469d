import type { RequestRow } from '../../../shared/contract'
import { REQUEST_STATE_LABELS, type RequestState } from '../../../shared/domain/requests'
import type { AuthedCtx } from '../../core/context'
import { listRequests } from '../../requests/queries'
import { tabulate, type ColumnDef } from '../table'
import { titleWith, type Sheet } from './sheet'

const COLUMNS: ColumnDef<RequestRow>[] = [
  { header: 'Código', kind: 'text', value: (r) => r.code },
  { header: 'Registrada', kind: 'datetime', value: (r) => r.createdAt },
  { header: 'Dependencia', kind: 'text', value: (r) => r.dependenciaName },
  { header: 'Solicitante', kind: 'text', value: (r) => r.requesterName },
  { header: 'Tema', kind: 'text', value: (r) => r.topic },
  { header: 'Fecha deseada', kind: 'date', value: (r) => r.desiredDate },
  { header: 'Estado', kind: 'text', value: (r) => REQUEST_STATE_LABELS[r.state] },
  { header: 'Piezas', kind: 'integer', value: (r) => r.pieceCount }
]

/** The requests list with the same filters and order as the Solicitudes screen. */
export async function requestsSheet(ctx: AuthedCtx, filters: { state?: RequestState; search?: string }): Promise<Sheet> {
  const rows = await listRequests(ctx.db, filters)
  const title = titleWith('Solicitudes', [
    filters.state && `estado: ${REQUEST_STATE_LABELS[filters.state]}`,
    filters.search && `búsqueda: «${filters.search}»`
  ])
  return { table: tabulate('Solicitudes', COLUMNS, rows), title, baseName: 'Solicitudes' }
}
