import type { GeneratedFile } from '../../../../shared/contract'
import { REPORT_KIND_LABELS, SPREADSHEET_LIST_LABELS, type ReportKind, type SpreadsheetList } from '../../../../shared/domain/reports'
import { DIGEST_FILE_KIND, DIGEST_NAME } from '../../../../shared/domain/monitoring'
import { formatFileSize } from '../pieces/format'

export const isPdf = (file: GeneratedFile): boolean => file.mime === 'application/pdf' || file.fileName.toLowerCase().endsWith('.pdf')

export function kindLabel(kind: GeneratedFile['kind']): string {
  if (kind === DIGEST_FILE_KIND) return DIGEST_NAME
  if (kind.startsWith('hoja_')) return `Hoja de cálculo · ${SPREADSHEET_LIST_LABELS[kind.slice(5) as SpreadsheetList]}`
  return REPORT_KIND_LABELS[kind as ReportKind]
}

const count = (n: number, one: string, many: string) => `${new Intl.NumberFormat('es-CO').format(n)} ${n === 1 ? one : many}`

/** "PDF · 4 páginas · 212 KB" or "Excel · 1.250 filas · 88 KB". */
export function fileFacts(file: GeneratedFile): string {
  const name = file.fileName.toLowerCase()
  const format = isPdf(file) ? 'PDF' : name.endsWith('.csv') ? 'CSV' : name.endsWith('.html') ? 'HTML' : 'Excel'
  const parts = [format]
  if (file.pageCount !== null) parts.push(count(file.pageCount, 'página', 'páginas'))
  if (file.rowCount !== null) parts.push(count(file.rowCount, 'fila', 'filas'))
  parts.push(formatFileSize(file.size))
  return parts.join(' · ')
}
