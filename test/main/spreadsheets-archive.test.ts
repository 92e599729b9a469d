import ExcelJS from 'exceljs'
import { afterEach, expect, it } from 'vitest'
import { generatedBytes } from '../../src/main/reports/generated'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { seedAsset, seedEvent } from './archive-seed'

let o: Office
afterEach(async () => o?.dispose())

it('exports the archive inventory with the Archivo screen\'s filters, typed, with consent as of today', async () => {
  o = await makeOffice()
  const event = await seedEvent(o, 'Rueda de prensa 12/03/2026', '2026-03-12')
  await seedAsset(o, { title: 'Jornada de vacunación', event_id: event, keywords: ['salud', 'vacunación'], size: 4_000_000 })
  await seedAsset(o, {
    title: 'Alcalde en la vereda',
    consent_status: 'otorgada',
    consent_granted_on: '2025-02-01',
    consent_expires_on: '2026-01-31',
    captured_on: '2025-12-05'
  })
  await seedAsset(o, { kind: 'video', mime: 'video/mp4', title: 'Video del puente', captured_on: '2026-02-01' })

  const file = await o.call('archivista', 'reports', 'spreadsheet', {
    request: { list: 'archivo', filters: { kind: ['foto'] } },
    format: 'xlsx'
  })
  expect(file).toMatchObject({ kind: 'hoja_archivo', fileName: 'Inventario-audiovisual-2026-03-10.xlsx', rowCount: 2 })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await generatedBytes(o.core, file.id)).bytes as unknown as Parameters<typeof workbook.xlsx.load>[0])
  const sheet = workbook.worksheets[0]!
  const header = (sheet.getRow(1).values as unknown[]).slice(1)
  expect(header).toContain('Autorización de uso de imagen')
  const col = (name: string) => header.indexOf(name) + 1
  // Oldest first; the expired authorisation reads "Vencida" on the day of the export.
  const first = sheet.getRow(2)
  expect(first.getCell(col('Título')).value).toBe('Alcalde en la vereda')
  expect(first.getCell(col('Fecha de creación')).value).toEqual(new Date('2025-12-05T00:00:00.000Z'))
  expect(first.getCell(col('Autorización de uso de imagen')).value).toBe('Vencida')
  const second = sheet.getRow(3)
  expect(second.getCell(col('Evento')).value).toBe('Rueda de prensa 12/03/2026')
  expect(String(second.getCell(col('Palabras clave')).value)).toMatch(/salud/)
  expect(second.getCell(col('Tamaño (bytes)')).value).toBe(4_000_000)
  expect(sheet.rowCount).toBe(3)

  expect((await o.callError('administrador', 'reports', 'spreadsheet', { request: { list: 'archivo' }, format: 'csv' })).code).toBe('FORBIDDEN')
})
