import type { GeneratedFile } from '../../shared/contract'
import type { reportsContract } from '../../shared/contract/reports'
import type { ParsedInputOf } from '../../shared/contract/define'
import type { AuthedCtx } from '../core/context'
import { authorize } from '../auth/permissions'
import { recordGenerated } from '../reports/generated'
import { writeCsv } from './csv'
import { writeXlsx } from './xlsx'
import { activitiesSheet } from './lists/activities'
import { piecesSheet } from './lists/pieces'
import { publicationsSheet } from './lists/publications'
import { requestsSheet } from './lists/requests'
import type { Sheet } from './lists/sheet'
import { socialSheet } from './lists/social'
import { archiveSheet } from './lists/archive'

export type SpreadsheetInput = ParsedInputOf<typeof reportsContract.spreadsheet>

function buildSheet(ctx: AuthedCtx, request: SpreadsheetInput['request']): Promise<Sheet> {
  switch (request.list) {
    case 'piezas':
      return piecesSheet(ctx, request.filters)
    case 'solicitudes':
      return requestsSheet(ctx, request.filters)
    case 'actividades':
      return activitiesSheet(ctx, request.filters.planId)
    case 'publicaciones':
      return publicationsSheet(ctx, request.filters)
    case 'redes':
      return socialSheet(ctx, request.filters)
    case 'archivo':
      return archiveSheet(ctx, request.filters)
  }
}

/**
 * One of the lists users work with, as they filter it on screen, written as xlsx (typed cells) or
 * as a CSV Excel in Colombia opens by double-click; kept in managed storage for preview and delivery.
 */
export async function generateSpreadsheet(ctx: AuthedCtx, input: SpreadsheetInput): Promise<GeneratedFile> {
  authorize(ctx, 'reports.generate')
  const { request, format } = input
  const sheet = await buildSheet(ctx, request)
  const bytes = format === 'xlsx' ? await writeXlsx(sheet.table, { title: sheet.title, created: ctx.now }) : await writeCsv(sheet.table)
  return recordGenerated(ctx, {
    kind: `hoja_${request.list}`,
    title: sheet.title,
    fileName: `${sheet.baseName}-${ctx.today}.${format}`,
    bytes,
    rowCount: sheet.table.rows.length,
    params: { request, format }
  })
}
