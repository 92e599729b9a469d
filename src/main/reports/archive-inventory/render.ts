import { REPORT_KIND_LABELS } from '../../../shared/domain/reports'
import { formatBytes } from '../../files'
import { barChart } from '../pdf/chart'
import { ReportDocument, type DocumentMeta, type RenderedPdf } from '../pdf/document'
import { formatInstant, formatInteger, formatPercent } from '../pdf/format'
import { table } from '../pdf/table'
import { COLOR } from '../pdf/theme'
import type { ArchiveInventory, InventoryGroup } from './data'

export const EMPTY_ARCHIVE_MESSAGE = 'El banco de archivo audiovisual aún no tiene material catalogado.'

async function groupTable(rd: ReportDocument, heading: string, groups: InventoryGroup[], inventory: ArchiveInventory): Promise<void> {
  if (groups.length === 0) {
    rd.paragraph('Sin datos.', { italic: true, color: COLOR.muted })
    return
  }
  await table(
    rd,
    [
      { header: heading, weight: 5 },
      { header: 'Activos', weight: 1.3, align: 'right' },
      { header: '% de activos', weight: 1.4, align: 'right' },
      { header: 'Tamaño', weight: 1.5, align: 'right' }
    ],
    [
      ...groups.map((g) => ({
        cells: [g.label, formatInteger(g.count), formatPercent(g.count / inventory.assets), formatBytes(g.bytes)]
      })),
      { cells: ['Total', formatInteger(inventory.assets), '100,0 %', formatBytes(inventory.bytes)], bold: true }
    ]
  )
}

export async function renderInventory(
  meta: Omit<DocumentMeta, 'documentName'>,
  subtitle: string,
  inventory: ArchiveInventory
): Promise<RenderedPdf> {
  const rd = new ReportDocument({ ...meta, documentName: REPORT_KIND_LABELS.inventario_archivo })
  rd.title(REPORT_KIND_LABELS.inventario_archivo, subtitle)
  if (inventory.assets === 0) {
    rd.section('Material catalogado')
    rd.notice(EMPTY_ARCHIVE_MESSAGE)
    rd.paragraph(
      'Cuando se catalogue material en el banco de archivo, este inventario lo resumirá por tipo, año, evento y serie documental de retención, con cantidades y tamaños, el estado de las autorizaciones de uso de imagen y la última verificación de integridad de los archivos.'
    )
    return rd.finish()
  }

  const fixity = inventory.fixity
  rd.section('1. Resumen')
  rd.keyFigures([
    { value: formatInteger(inventory.assets), label: 'Activos catalogados' },
    { value: formatBytes(inventory.bytes), label: 'Tamaño total' },
    { value: fixity.lastCheckAt ? formatInstant(fixity.lastCheckAt).slice(0, 10) : '—', label: 'Última verificación de integridad' },
    { value: formatInteger(fixity.failed), label: 'Archivos con fallas de integridad' }
  ])
  rd.section('2. Por tipo de material')
  barChart(rd, {
    title: 'Activos por tipo',
    series: [{ name: 'Activos', color: COLOR.bar }],
    groups: inventory.byKind.map((g) => ({ label: g.label, values: [g.count] }))
  })
  await groupTable(rd, 'Tipo', inventory.byKind, inventory)
  rd.section('3. Por año')
  await groupTable(rd, 'Año', inventory.byYear, inventory)
  rd.section('4. Por evento')
  await groupTable(rd, 'Evento', inventory.byEvent, inventory)
  rd.section('5. Por serie documental (retención)')
  await groupTable(rd, 'Serie documental', inventory.bySerie, inventory)
  rd.section('6. Autorizaciones de uso de imagen')
  await table(
    rd,
    [
      { header: 'Estado de la autorización', weight: 5 },
      { header: 'Activos', weight: 1.3, align: 'right' },
      { header: '% de activos', weight: 1.4, align: 'right' }
    ],
    inventory.consent.map((c) => ({ cells: [c.label, formatInteger(c.count), formatPercent(c.count / inventory.assets)] }))
  )
  rd.section('7. Verificación de integridad')
  rd.paragraph(
    fixity.lastCheckAt
      ? `Última verificación: ${formatInstant(fixity.lastCheckAt)}. Se comprobaron ${formatInteger(fixity.checked)} archivos contra su huella SHA-256; ${
          fixity.failed === 0 ? 'todos coinciden.' : `${formatInteger(fixity.failed)} no coinciden y deben restaurarse desde una copia.`
        }`
      : 'Aún no se ha verificado la integridad de los archivos.'
  )
  return rd.finish()
}
