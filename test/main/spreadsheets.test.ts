import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Contract, GeneratedFile } from '../../src/shared/contract'
import type { InputOf } from '../../src/shared/contract/define'
import { generatedBytes } from '../../src/main/reports/generated'
import { makeOffice } from '../support/core'
import { addPlanActivity, catalogueId, pieceInState, type Office } from '../support/fixtures'

type SpreadsheetInput = InputOf<Contract['reports']['spreadsheet']>

let o: Office
let activityId: number
let planId: number
const TRICKY_TITLE = '=HYPERLINK("http://x.co";"Clic") rueda de prensa; "Cajicá" 2026'

beforeAll(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
  const activity = await o.core.db
    .selectFrom('plan_activities as a')
    .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
    .select('s.plan_id')
    .where('a.id', '=', activityId)
    .executeTakeFirstOrThrow()
  planId = activity.plan_id
  await o.core.db.updateTable('plan_activities').set({ responsible_id: o.users.profesional }).where('id', '=', activityId).execute()
  await pieceInState(o, activityId, 'publicada', { title: 'Jornada de vacunación', dueDate: '2026-03-12' })
  await pieceInState(o, activityId, 'publicada', { title: 'Feria de empleo', dueDate: '2026-03-14' })
  await pieceInState(o, activityId, 'borrador', { title: TRICKY_TITLE, type: 'boletin_prensa', designerId: null, dueDate: '2026-03-02' })
  await pieceInState(o, activityId, 'cancelada', { title: 'Evento aplazado', dueDate: '2026-03-30' })
  const salud = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
  await o.call('profesional', 'requests', 'create', {
    dependenciaId: salud,
    requesterName: 'Marta Ruiz',
    topic: 'Campaña "Vacúnate"; segunda fase',
    desiredDate: '2026-04-01'
  })
  await o.call('profesional', 'requests', 'create', { dependenciaId: salud, requesterName: 'Luis Peña', topic: 'Boletín de salud' })
  o.clock.set('2026-11-22T15:00:00Z')
  await o.call('community_manager', 'social', 'save', {
    rows: [
      {
        network: 'facebook',
        month: '2026-10',
        values: { followers: 15_230, publications: 48, reach: 120_400, impressions: null, interactions: 3_210, videoViews: null }
      },
      {
        network: 'x',
        month: '2026-09',
        values: { followers: 8_900, publications: null, reach: null, impressions: 45_000, interactions: null, videoViews: 1_200 }
      }
    ]
  })
  o.clock.set('2026-03-10T14:00:00Z')
})
afterAll(async () => o?.dispose())

async function spreadsheet(input: SpreadsheetInput, client = 'profesional'): Promise<{ file: GeneratedFile; bytes: Buffer }> {
  const file = await o.call(client, 'reports', 'spreadsheet', input)
  return generatedBytes(o.core, file.id)
}

async function readXlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook()
  // exceljs's typings predate Node's generic Buffer; the bytes are a plain Buffer.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0])
  expect(workbook.worksheets).toHaveLength(1)
  const sheet = workbook.worksheets[0]!
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value))
  })
  return { sheet, header: rows[0] as string[], data: rows.slice(1) }
}

/** The CSV as Excel reads it: must start with the BOM, ";"-separated, CRLF line ends. */
function readCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  expect(text.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true)
  return parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n' })
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
/** The Colombian wall-clock time of an instant, as spreadsheet libraries read a date-time cell. */
const colombian = (iso: string) => new Date(Date.parse(iso) - 5 * 3_600_000)

const PIECE_HEADERS = [
  'Código',
  'Título',
  'Tipo',
  'Estado',
  'Requiere diseño',
  'Redacción',
  'Diseño',
  'Fecha de entrega',
  'Vencida',
  'Actividad del plan',
  'Solicitud',
  'Último cambio de estado',
  'Última modificación'
]

describe('the pieces spreadsheet', () => {
  it('round-trips as xlsx: Spanish headers, typed cells, frozen header and autofilter', async () => {
    const { file, bytes } = await spreadsheet({ request: { list: 'piezas', filters: {} }, format: 'xlsx' })
    const listed = await o.call('profesional', 'pieces', 'list', {})
    expect(file).toMatchObject({
      kind: 'hoja_piezas',
      title: 'Piezas',
      fileName: 'Piezas-2026-03-10.xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      rowCount: 4,
      createdByName: 'Andrés Rojas'
    })
    const { sheet, header, data } = await readXlsx(bytes)
    expect(sheet.name).toBe('Piezas')
    expect(header).toEqual(PIECE_HEADERS)
    expect(data).toEqual(
      listed.map((p) => [
        p.code,
        p.title,
        { boletin_prensa: 'Boletín de prensa', pieza_grafica: 'Pieza gráfica' }[p.type as 'boletin_prensa'],
        { publicada: 'Publicada', borrador: 'Borrador', cancelada: 'Cancelada' }[p.state as 'publicada'],
        p.requiresDesign ? 'Sí' : 'No',
        'Andrés Rojas',
        p.designerName,
        utcDay(p.dueDate),
        p.overdue ? 'Sí' : 'No',
        'Boletines sobre la gestión de la Alcaldía',
        null,
        colombian(p.stateChangedAt),
        colombian(p.updatedAt)
      ])
    )
    const draft = data.find((row) => row[1] === TRICKY_TITLE)!
    expect(draft[8]).toBe('Sí')
    expect(sheet.getCell('H2').numFmt).toBe('dd/mm/yyyy')
    expect(sheet.getCell('L2').numFmt).toBe('dd/mm/yyyy hh:mm')
    expect(sheet.getCell('H2').type).toBe(ExcelJS.ValueType.Date)
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getCell('A1').font?.bold).toBe(true)
    expect(sheet.getCell('M1').font?.bold).toBe(true)
    expect(sheet.getCell('N1').font?.bold).toBeUndefined()
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBe('A1:M5')
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(5).width!)
  })

  it('applies the filters of the screen', async () => {
    const { file, bytes } = await spreadsheet({ request: { list: 'piezas', filters: { state: 'publicada', search: 'feria' } }, format: 'xlsx' })
    expect(file.title).toBe('Piezas (estado: Publicada; búsqueda: «feria»)')
    const { data } = await readXlsx(bytes)
    expect(data.map((row) => row[1])).toEqual(['Feria de empleo'])
    const overdue = await readXlsx((await spreadsheet({ request: { list: 'piezas', filters: { overdue: true } }, format: 'xlsx' })).bytes)
    expect(overdue.data.map((row) => row[1])).toEqual([TRICKY_TITLE])
  })

  it('writes a CSV Excel in Colombia opens as is: BOM, ";", CRLF, dd/mm/aaaa, quotes, no formulas', async () => {
    const { file, bytes } = await spreadsheet({ request: { list: 'piezas', filters: {} }, format: 'csv' })
    expect(file).toMatchObject({ fileName: 'Piezas-2026-03-10.csv', mime: 'text/csv', rowCount: 4 })
    const records = readCsv(bytes)
    expect(records[0]).toEqual(PIECE_HEADERS)
    expect(records).toHaveLength(5)
    const draft = records.find((r) => r[1]!.includes('HYPERLINK'))!
    // A text that starts like a formula is kept as text by a leading apostrophe.
    expect(draft[1]).toBe(`'${TRICKY_TITLE}`)
    expect(draft[7]).toBe('02/03/2026')
    expect(draft[11]).toBe('10/03/2026 09:00')
    const raw = bytes.toString('utf8')
    expect(raw).toContain(`"'=HYPERLINK(""http://x.co"";""Clic"") rueda de prensa; ""Cajicá"" 2026"`)
  })
})

describe('the other lists', () => {
  it('writes the requests with their desired date as a date and the piece count as a number', async () => {
    const { file, bytes } = await spreadsheet({ request: { list: 'solicitudes', filters: {} }, format: 'xlsx' }, 'community_manager')
    expect(file).toMatchObject({ kind: 'hoja_solicitudes', rowCount: 2, fileName: 'Solicitudes-2026-03-10.xlsx' })
    const { header, data } = await readXlsx(bytes)
    expect(header).toEqual(['Código', 'Registrada', 'Dependencia', 'Solicitante', 'Tema', 'Fecha deseada', 'Estado', 'Piezas'])
    const vacunate = data.find((row) => row[3] === 'Marta Ruiz')!
    expect(vacunate.slice(2)).toEqual(['Secretaría de Salud', 'Marta Ruiz', 'Campaña "Vacúnate"; segunda fase', utcDay('2026-04-01'), 'Recibida', 0])
    expect(vacunate[1]).toEqual(colombian('2026-03-10T14:00:00.000Z'))
    expect(data.find((row) => row[3] === 'Luis Peña')![5]).toBeNull()

    const csv = readCsv((await spreadsheet({ request: { list: 'solicitudes', filters: { search: 'vacúnate' } }, format: 'csv' })).bytes)
    expect(csv.slice(1).map((r) => [r[4], r[5], r[7]])).toEqual([['Campaña "Vacúnate"; segunda fase', '01/04/2026', '0']])
  })

  it('writes the plan activities with goal, executed (published pieces) and the percentage', async () => {
    const { file, bytes } = await spreadsheet({ request: { list: 'actividades', filters: { planId } }, format: 'xlsx' }, 'disenador')
    expect(file).toMatchObject({ kind: 'hoja_actividades', rowCount: 1, title: 'Actividades de «Plan de Comunicaciones 2026» con su ejecución' })
    const { sheet, header, data } = await readXlsx(bytes)
    expect(header).toEqual([
      'Estrategia',
      'Tipo de estrategia',
      'Actividad',
      'Frecuencia',
      'Fase PHVA',
      'Responsable',
      'Meta',
      'Unidad de la meta',
      'Piezas vinculadas',
      'Ejecutado (piezas publicadas)',
      '% de ejecución'
    ])
    expect(data).toEqual([
      ['Relación con medios', 'Prensa', 'Boletines sobre la gestión de la Alcaldía', 'Semanal', 'H · Hacer', 'Andrés Rojas', 48, 'boletines', 3, 2, 2 / 48]
    ])
    expect(sheet.getCell('K2').numFmt).toBe('0.0%')
    const csv = readCsv((await spreadsheet({ request: { list: 'actividades', filters: { planId } }, format: 'csv' })).bytes)
    expect(csv[1]!.slice(6)).toEqual(['48', 'boletines', '3', '2', '4,2%'])
  })

  it('writes the publications of a date range in Colombian time', async () => {
    const { file, bytes } = await spreadsheet({
      request: { list: 'publicaciones', filters: { from: '2026-03-12', to: '2026-03-12' } },
      format: 'csv'
    })
    expect(file).toMatchObject({ kind: 'hoja_publicaciones', rowCount: 2, title: 'Publicaciones del 12/03/2026 al 12/03/2026' })
    const records = readCsv(bytes)
    expect(records[0]).toEqual([
      'Fecha de publicación',
      'Canal',
      'Pieza',
      'Título',
      'Tipo de pieza',
      'Enlace o lugar',
      'Registrada por',
      'Actividad del plan',
      'Estrategia'
    ])
    expect(records.slice(1).map((r) => [r[0], r[1], r[3], r[6]])).toEqual([
      ['12/03/2026 15:00', 'Facebook', 'Jornada de vacunación', 'Mateo Herrera'],
      ['12/03/2026 15:00', 'Facebook', 'Feria de empleo', 'Mateo Herrera']
    ])
    const xlsx = await readXlsx((await spreadsheet({ request: { list: 'publicaciones', filters: { from: '2026-03-12' } }, format: 'xlsx' })).bytes)
    expect(xlsx.data[0]![0]).toEqual(new Date('2026-03-12T15:00:00.000Z'))
    const later = await spreadsheet({ request: { list: 'publicaciones', filters: { from: '2026-03-13' } }, format: 'xlsx' })
    expect(later.file.rowCount).toBe(0)
    expect((await readXlsx(later.bytes)).header[0]).toBe('Fecha de publicación')
  })

  it('writes the social statistics of a year with the month as a date and empty cells where nothing was reported', async () => {
    const { file, bytes } = await spreadsheet({ request: { list: 'redes', filters: { year: 2026 } }, format: 'xlsx' })
    expect(file).toMatchObject({ kind: 'hoja_redes', rowCount: 2, fileName: 'Redes-sociales-2026-2026-03-10.xlsx' })
    const { sheet, header, data } = await readXlsx(bytes)
    expect(header).toEqual([
      'Red',
      'Mes',
      'Seguidores',
      'Publicaciones',
      'Alcance',
      'Impresiones',
      'Interacciones',
      'Reproducciones de video',
      'Origen',
      'Actualizado por',
      'Actualizado'
    ])
    expect(data.map((row) => row.slice(0, 10))).toEqual([
      ['Facebook', utcDay('2026-10-01'), 15_230, 48, 120_400, null, 3_210, null, 'Registro manual', 'Mateo Herrera'],
      ['X', utcDay('2026-09-01'), 8_900, null, null, 45_000, null, 1_200, 'Registro manual', 'Mateo Herrera']
    ])
    expect(sheet.getCell('B2').numFmt).toBe('mm/yyyy')
    expect(sheet.getCell('C2').numFmt).toBe('#,##0')
    const csv = readCsv((await spreadsheet({ request: { list: 'redes', filters: { year: 2026 } }, format: 'csv' })).bytes)
    expect(csv[1]!.slice(0, 8)).toEqual(['Facebook', '10/2026', '15230', '48', '120400', '', '3210', ''])
    const current = await spreadsheet({ request: { list: 'redes', filters: {} }, format: 'csv' })
    expect(current.file).toMatchObject({ title: 'Estadísticas de redes sociales 2026', rowCount: 2 })
    const empty = await spreadsheet({ request: { list: 'redes', filters: { year: 2025 } }, format: 'csv' })
    expect(empty.file.rowCount).toBe(0)
    expect(readCsv(empty.bytes)).toHaveLength(1)
  })
})

describe('refusals', () => {
  it('lets only the roles with reports.generate export, and a refusal stores nothing', async () => {
    const before = await o.core.db.selectFrom('generated_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    const error = await o.callError('administrador', 'reports', 'spreadsheet', { request: { list: 'piezas', filters: {} }, format: 'xlsx' })
    expect(error.code).toBe('FORBIDDEN')
    const after = await o.core.db.selectFrom('generated_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(after.n).toBe(before.n)
  })

  it('refuses a reversed date range and a plan that does not exist', async () => {
    const reversed = await o.callError('jefe', 'reports', 'spreadsheet', {
      request: { list: 'publicaciones', filters: { from: '2026-03-20', to: '2026-03-01' } },
      format: 'csv'
    })
    expect(reversed).toMatchObject({ code: 'VALIDATION', message: 'La fecha final no puede ser anterior a la inicial.' })
    const missing = await o.callError('jefe', 'reports', 'spreadsheet', { request: { list: 'actividades', filters: { planId: 9999 } }, format: 'xlsx' })
    expect(missing.code).toBe('NOT_FOUND')
  })
})
