import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, describe, expect, it } from 'vitest'
import type { Ctx } from '../../src/main/core/context'
import { isoDateInColombia } from '../../src/shared/dates'
import { generateReport } from '../../src/main/reports/generate'
import { generatedBytes } from '../../src/main/reports/generated'
import { EMPTY_INVENTORY } from '../../src/main/reports/archive-inventory/data'
import { renderInventory } from '../../src/main/reports/archive-inventory/render'
import { makeOffice } from '../support/core'
import { seedAsset, seedEvent } from './archive-seed'
import { addPlanActivity, auditCount, catalogueId, CONTENT_HTML, FULL_CHECKLIST, makeSourceFile, type Office } from '../support/fixtures'

let o: Office
afterEach(async () => o?.dispose())

async function pagesOf(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false })
  return text
}

const REVIEW_DIR = 'test-results/reports'

/**
 * Keeps each generated PDF, and its first page as a PNG when poppler's pdftoppm is installed, under
 * test-results/reports/ so a person can look at what the office would print.
 */
function keepForReview(fileName: string, bytes: Uint8Array): void {
  mkdirSync(REVIEW_DIR, { recursive: true })
  const pdf = join(REVIEW_DIR, fileName)
  writeFileSync(pdf, bytes)
  if (spawnSync('pdftoppm', ['-v']).error) return
  spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')])
}

async function pdfPages(o: Office, fileId: number): Promise<string[]> {
  const { file, bytes } = await generatedBytes(o.core, fileId)
  keepForReview(file.fileName, bytes)
  return pagesOf(bytes)
}

/** Whitespace and line breaks of the extracted text made single spaces, to match phrases across lines. */
const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ')

const DESIGN_FILE = 'arte-vacunacion.png'
const DESIGN_BYTES = Buffer.from('arte final de la jornada de vacunación')

interface Scenario {
  activityId: number
  monthlyActivityId: number
  planId: number
  p1: number
  p2: number
  p3: number
  p4: number
}

async function saveAndSubmit(o: Office, pieceId: number, html = CONTENT_HTML): Promise<void> {
  await o.call('profesional', 'pieces', 'saveContent', { pieceId, html })
  await o.call('profesional', 'pieces', 'submitContent', { pieceId })
}

const approve = (o: Office, pieceId: number, stage: 'contenido' | 'diseno') =>
  o.call('jefe', 'pieces', 'review', { pieceId, stage, decision: 'aprobada', checklist: FULL_CHECKLIST })

/**
 * March 2026 in the office, each step on its day (Colombian 09:00 = 14:00 UTC):
 * P1 boletín from the Secretaría de Salud (content 2 days), P2 nota web returned once (4 days),
 * P3 pieza gráfica (content 1 day, design 2 days), P4 still in review and overdue, P5 cancelled;
 * P6 approved and published on 28 February late at night, Colombian time (1 March in UTC).
 */
async function buildMarch(o: Office): Promise<Scenario> {
  const web = await catalogueId(o, 'canal', 'Página web')
  const fb = await catalogueId(o, 'canal', 'Facebook')
  const ig = await catalogueId(o, 'canal', 'Instagram')
  const salud = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
  const activityId = await addPlanActivity(o)
  const activity = await o.core.db.selectFrom('plan_activities').select('strategy_id').where('id', '=', activityId).executeTakeFirstOrThrow()
  const strategy = await o.core.db.selectFrom('plan_strategies').select('plan_id').where('id', '=', activity.strategy_id).executeTakeFirstOrThrow()
  const monthly = await o.core.db
    .insertInto('plan_activities')
    .values({
      strategy_id: activity.strategy_id,
      description: 'Informe mensual de redes sociales',
      frequency: 'mensual',
      phva_phase: 'V',
      responsible_id: o.users.community_manager,
      goal_quantity: 12,
      goal_unit: 'informes'
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await o.core.db
    .insertInto('plan_activities')
    .values({
      strategy_id: activity.strategy_id,
      description: 'Atención a medios que lo soliciten',
      frequency: 'segun_requerimiento',
      phva_phase: 'H',
      responsible_id: null,
      goal_quantity: 0,
      goal_unit: ''
    })
    .execute()
  const base = { activityId, writerId: o.users.profesional, designerId: null, audienceIds: [] }

  o.clock.set('2026-02-20T14:00:00Z')
  const p6 = (
    await o.call('jefe', 'pieces', 'create', { ...base, title: 'Nota de febrero', type: 'nota_web', channelIds: [web], dueDate: '2026-02-27' })
  ).id
  await saveAndSubmit(o, p6)
  o.clock.set('2026-03-01T03:00:00Z')
  await approve(o, p6, 'contenido')
  await o.call('community_manager', 'pieces', 'publish', {
    pieceId: p6,
    publications: [{ channelId: web, publishedAt: '2026-02-28T22:30:00-05:00', urlOrPlace: 'https://www.cajica.gov.co/noticias/febrero' }]
  })

  o.clock.set('2026-03-02T14:00:00Z')
  const request = await o.call('profesional', 'requests', 'create', {
    dependenciaId: salud,
    requesterName: 'Martha Lucía Cárdenas',
    topic: 'Jornada de vacunación contra la influenza',
    audienceIds: [],
    channelIds: []
  })
  const accepted = await o.call('jefe', 'requests', 'accept', {
    id: request.id,
    pieces: [{ ...base, title: 'Boletín: jornada de vacunación', type: 'boletin_prensa', channelIds: [web, fb], dueDate: '2026-03-06' }]
  })
  const p1 = accepted.pieces[0]!.id
  const p2 = (
    await o.call('jefe', 'pieces', 'create', { ...base, title: 'Obras en la vía a Zipaquirá', type: 'nota_web', channelIds: [web], dueDate: '2026-03-06' })
  ).id
  const p3 = (
    await o.call('jefe', 'pieces', 'create', {
      ...base,
      designerId: o.users.disenador,
      title: 'Pieza gráfica: puntos de vacunación',
      type: 'pieza_grafica',
      channelIds: [ig],
      dueDate: '2026-03-20'
    })
  ).id
  const p4 = (
    await o.call('jefe', 'pieces', 'create', { ...base, title: 'Comunicado interno de bienestar', type: 'comunicado_interno', channelIds: [], dueDate: '2026-03-05' })
  ).id
  const p5 = (
    await o.call('jefe', 'pieces', 'create', { ...base, title: 'Evento aplazado', type: 'nota_web', channelIds: [web], dueDate: '2026-03-04' })
  ).id
  await o.call('jefe', 'pieces', 'cancel', { pieceId: p5, reason: 'El evento se aplazó.' })
  for (const id of [p1, p2]) await saveAndSubmit(o, id)
  await saveAndSubmit(o, p3, '<p>¡Vacúnate! Puntos permanentes en el Hospital y en Capellanía 📢</p>')

  o.clock.set('2026-03-03T14:00:00Z')
  await o.call('jefe', 'pieces', 'review', {
    pieceId: p2,
    stage: 'contenido',
    decision: 'devuelta',
    comments: 'Precise la hora y el lugar del cierre.',
    checklist: { ...FULL_CHECKLIST, veracidad_oportunidad: false }
  })
  await approve(o, p3, 'contenido')
  o.host.nextPicked = [makeSourceFile(o, DESIGN_FILE, DESIGN_BYTES)]
  await o.call('disenador', 'pieces', 'attachDesign', { pieceId: p3, note: 'Propuesta inicial' })
  await o.call('disenador', 'pieces', 'submitDesign', { pieceId: p3 })

  o.clock.set('2026-03-04T14:00:00Z')
  await approve(o, p1, 'contenido')
  await saveAndSubmit(o, p2, '<p>Cierre nocturno de la vía a Zipaquirá, de 8:00 p. m. a 5:00 a. m.</p>')

  o.clock.set('2026-03-05T14:00:00Z')
  await approve(o, p3, 'diseno')
  await o.call('community_manager', 'pieces', 'publish', {
    pieceId: p1,
    publications: [
      { channelId: web, publishedAt: '2026-03-05T10:00:00-05:00', urlOrPlace: 'https://www.cajica.gov.co/noticias/vacunacion' },
      { channelId: fb, publishedAt: '2026-03-05T11:00:00-05:00', urlOrPlace: 'https://facebook.com/alcaldiacajica/posts/1' }
    ]
  })

  o.clock.set('2026-03-06T14:00:00Z')
  await approve(o, p2, 'contenido')
  await o.call('community_manager', 'pieces', 'publish', {
    pieceId: p3,
    publications: [{ channelId: ig, publishedAt: '2026-03-06T09:00:00-05:00', urlOrPlace: 'https://www.instagram.com/p/vacunacion' }]
  })

  o.clock.set('2026-03-09T14:00:00Z')
  await o.call('community_manager', 'pieces', 'publish', {
    pieceId: p2,
    publications: [{ channelId: web, publishedAt: '2026-03-09T08:00:00-05:00', urlOrPlace: 'https://www.cajica.gov.co/noticias/obras' }]
  })
  await saveAndSubmit(o, p4)

  const stats = [
    ['facebook', '2026-02', 15200, 120000],
    ['facebook', '2026-03', 15650, 135500],
    ['instagram', '2026-03', 8900, 38000]
  ] as const
  for (const [network, month, followers, reach] of stats) {
    await o.core.db
      .insertInto('social_stats')
      .values({
        network,
        month,
        followers,
        publications: null,
        reach,
        impressions: null,
        interactions: null,
        video_views: null,
        source: 'manual',
        updated_by: o.users.community_manager,
        updated_at: '2026-03-09T14:00:00.000Z'
      })
      .execute()
  }
  o.clock.set('2026-03-10T14:00:00Z')
  return { activityId, monthlyActivityId: monthly.id, planId: strategy.plan_id, p1, p2, p3, p4 }
}

describe('informe mensual de gestión', () => {
  it('cuenta la producción, las publicaciones, los tiempos de aprobación y las redes del mes, con fechas de Colombia', async () => {
    o = await makeOffice()
    await buildMarch(o)
    const before = await auditCount(o)
    const file = await o.call('profesional', 'reports', 'generate', { request: { kind: 'mensual', month: '2026-03' } })
    expect(file).toMatchObject({
      kind: 'mensual',
      title: 'Informe mensual de gestión de marzo de 2026',
      fileName: 'Informe-mensual-2026-03.pdf',
      mime: 'application/pdf',
      createdByName: 'Andrés Rojas'
    })
    const pages = await pdfPages(o, file.id)
    expect(file.pageCount).toBe(pages.length)
    pages.forEach((page, i) => {
      expect(page).toContain('ALCALDÍA DE CAJICÁ')
      expect(page).toContain('INFORME MENSUAL DE GESTIÓN')
      expect(page).toContain(`Página ${i + 1} de ${pages.length}`)
      expect(page).toContain('Generado por Andrés Rojas el 10/03/2026 09:00')
    })
    const text = flat(pages)
    expect(text).toContain('Marzo de 2026 · Oficina Asesora de Comunicaciones')
    // Key figures: 3 produced, 4 publications, content median 2 days, 1 of 3 returned, 2 of 4 on time.
    expect(text).toContain('3 Piezas producidas 4 Publicaciones registradas 2,0 días Mediana de aprobación del contenido 33,3 % Piezas devueltas para ajustes 50,0 % Publicadas a tiempo')
    for (const bar of ['Boletín de prensa 1', 'Nota web 1', 'Pieza gráfica 1', 'Página web 2', 'Facebook 1', 'Instagram 1']) expect(text).toContain(bar)
    expect(text).toContain('Iniciativa de la oficina (sin solicitud) 2 66,7 %')
    expect(text).toContain('Secretaría de Salud 1 33,3 %')
    expect(text).toContain('Relación con medios 3 100,0 %')
    expect(text).toContain('Se registraron 4 publicaciones en 3 canales.')
    expect(text).toContain('Contenido 3 2,0 días 3,6 días')
    expect(text).toContain('Diseño 1 2,0 días 2,0 días')
    expect(text).toContain('Piezas devueltas para ajustes 33,3 % 1 de 3 piezas revisadas en el mes')
    expect(text).toContain('50,0 % 2 a tiempo, 2 con retraso')
    expect(text).toContain('variación frente a febrero de 2026')
    expect(text).toContain('Facebook 15.650 +3,0 % 135.500 +12,9 %')
    expect(text).toContain('Instagram 8.900 — 38.000 —')
    expect(text).toContain('6. Criterios de cálculo')
    expect(text).not.toContain('Nota de febrero')

    const [entry] = await o.call('jefe', 'audit', 'list', {})
    expect(entry).toMatchObject({
      action: 'reports.generated',
      actorId: o.users.profesional,
      summary: 'Generó «Informe mensual de gestión de marzo de 2026» (Informe-mensual-2026-03.pdf)'
    })
    expect(await auditCount(o)).toBe(before + 1)
    expect((await o.call('disenador', 'reports', 'recent', {}))[0]).toEqual(file)
  })

  it('un mes sin actividad dice que no hubo producción ni publicaciones ni cifras de redes', async () => {
    o = await makeOffice()
    const file = await o.call('jefe', 'reports', 'generate', { request: { kind: 'mensual', month: '2025-12' } })
    const text = flat(await pdfPages(o, file.id))
    expect(text).toContain('Diciembre de 2025')
    expect(text).toContain('No se aprobó ninguna pieza en diciembre de 2025.')
    expect(text).toContain('No se registraron publicaciones en diciembre de 2025.')
    expect(text).toContain('No hay estadísticas de redes sociales registradas para diciembre de 2025.')
    expect(text).toContain('Contenido 0 — —')
  })

  it('generado por una tarea programada, sin sesión, lo firma Pauta', async () => {
    o = await makeOffice()
    const now = o.clock.now()
    const ctx: Ctx = { core: o.core, db: o.core.db, clientId: 'tarea', now, nowIso: now.toISOString(), today: isoDateInColombia(now), user: null }
    const file = await generateReport(ctx, { kind: 'mensual', month: '2026-02' })
    expect(file.createdByName).toBe('Pauta (tarea programada)')
    expect((await pdfPages(o, file.id))[0]).toContain('Generado por Pauta (tarea programada) el 10/03/2026 09:00')
    const [entry] = await o.call('jefe', 'audit', 'list', {})
    expect(entry).toMatchObject({ action: 'reports.generated', actorId: null })
  })
})

describe('seguimiento al Plan de Comunicaciones', () => {
  it('muestra meta, ejecución, fase PHVA y responsable, con las alertas y sus reglas', async () => {
    o = await makeOffice()
    const s = await buildMarch(o)
    const file = await o.call('jefe', 'reports', 'generate', { request: { kind: 'seguimiento_plan', planId: s.planId, from: '2026-02-01', to: '2026-03-31' } })
    expect(file.fileName).toBe('Seguimiento-plan-2026-02-01-a-2026-03-31.pdf')
    expect(file.title).toBe('Seguimiento al Plan de Comunicaciones: Plan de Comunicaciones 2026 (01/02/2026 a 31/03/2026)')
    const pages = await pdfPages(o, file.id)
    expect(pages.at(-1)).toContain(`Página ${pages.length} de ${pages.length}`)
    const text = flat(pages)
    expect(text).toContain('SEGUIMIENTO AL PLAN DE COMUNICACIONES')
    expect(text).toContain('Plan de Comunicaciones 2026 · Periodo: 01/02/2026 a 31/03/2026 · Corte: 10/03/2026')
    // 3 activities, 4 pieces published in the period; goals 7,76 + 1,94 + 0 → 4 / 9,70.
    expect(text).toContain('3 Actividades del plan 4 Piezas publicadas en el periodo 41,2 % Ejecución frente a las metas del periodo 2 Actividades atrasadas 2 Actividades con periodos sin actividad')
    expect(text).toContain('2. Reglas de alerta')
    expect(text).toContain('Atrasada: lo ejecutado es menor que lo esperado a la fecha de corte')
    expect(text).toContain('Estrategia: Relación con medios')
    // Weekly, goal 48 a year: 48 × 59 / 365 = 7,8 in the period; 4 pieces, 5 publications, 51,6 %.
    expect(text).toContain('Boletines sobre la gestión de la Alcaldía H · Hacer Sin asignar Semanal 48 boletines 7,8 4 5 51,6 % Atrasada Sin actividad')
    expect(text).toContain('Informe mensual de redes sociales V · Verificar Mateo Herrera Mensual 12 informes 1,9 0 0 0,0 % Atrasada Sin actividad')
    expect(text).toContain('Atención a medios que lo soliciten H · Hacer Sin asignar Según requerimiento 0 0,0 0 0 — —')
    expect(text).toContain('2 de 3 actividades tienen alertas')
    expect(text).toContain(
      'Atrasada: 4 de 5,0 esperadas a la fecha. Sin actividad en 3 semanas: semana del 02/02/2026 al 08/02/2026; semana del 09/02/2026 al 15/02/2026; semana del 16/02/2026 al 22/02/2026.'
    )
    expect(text).toContain('Atrasada: 0 de 1,2 esperadas a la fecha. Sin actividad en 1 mes: febrero de 2026.')
  })

  it('ajusta el periodo a la vigencia del plan y rechaza uno que queda fuera', async () => {
    o = await makeOffice()
    const s = await buildMarch(o)
    const clipped = await o.call('jefe', 'reports', 'generate', { request: { kind: 'seguimiento_plan', planId: s.planId, from: '2025-12-01', to: '2026-01-31' } })
    expect(clipped.fileName).toBe('Seguimiento-plan-2026-01-01-a-2026-01-31.pdf')
    expect(flat(await pdfPages(o, clipped.id))).toContain(
      'El periodo pedido (01/12/2025 a 31/01/2026) se ajustó a la vigencia del plan (01/01/2026 a 31/12/2026).'
    )
    const before = await auditCount(o)
    expect(await o.callError('jefe', 'reports', 'generate', { request: { kind: 'seguimiento_plan', planId: s.planId, from: '2025-01-01', to: '2025-06-30' } })).toMatchObject({
      code: 'VALIDATION',
      message: 'El periodo no coincide con la vigencia del plan «Plan de Comunicaciones 2026» (01/01/2026 a 31/12/2026). Elija fechas dentro de ella.'
    })
    expect((await o.callError('jefe', 'reports', 'generate', { request: { kind: 'seguimiento_plan', planId: 9999, from: '2026-01-01', to: '2026-01-31' } })).code).toBe('NOT_FOUND')
    expect(
      (await o.callError('jefe', 'reports', 'generate', { request: { kind: 'seguimiento_plan', planId: s.planId, from: '2026-03-01', to: '2026-02-01' } })).fields
    ).toEqual({ 'request.to': 'La fecha final no puede ser anterior a la inicial.' })
    expect(await auditCount(o)).toBe(before)
  })
})

describe('ficha de la pieza', () => {
  it('reúne datos, versiones con su huella SHA-256, revisiones con lista de chequeo, publicaciones e historial', async () => {
    o = await makeOffice()
    const s = await buildMarch(o)
    const file = await o.call('audiovisual', 'reports', 'generate', { request: { kind: 'ficha_pieza', pieceId: s.p3 } })
    const code = (await o.call('jefe', 'pieces', 'get', { id: s.p3 })).code
    expect(file.fileName).toBe(`Ficha-${code}.pdf`)
    const pages = await pdfPages(o, file.id)
    const text = flat(pages)
    expect(pages[0]).toContain(`Ficha de la pieza ${code}`)
    expect(pages[0]).toContain(`Página 1 de ${pages.length}`)
    for (const fragment of [
      'Pieza gráfica: puntos de vacunación',
      'Tipo Pieza gráfica',
      'Estado Publicada',
      'Fecha de entrega 20/03/2026',
      'Requiere diseño Sí',
      'Redactor(a) Andrés Rojas',
      'Diseñador(a) Juan Pérez',
      'Estrategia Relación con medios',
      'Canales Instagram',
      'Solicitud Iniciativa de la oficina (sin solicitud)',
      'Texto de la versión 1 (la más reciente)',
      '¡Vacúnate! Puntos permanentes en el Hospital y en Capellanía',
      'Se omitieron emoji y símbolos que la fuente del PDF no puede mostrar',
      `${DESIGN_FILE} (${DESIGN_BYTES.length} bytes)`,
      `SHA-256: ${createHash('sha256').update(DESIGN_BYTES).digest('hex')}`,
      'Nota: Propuesta inicial',
      '4.1 Contenido, versión 1: Aprobada',
      'Revisó Laura Gómez el 03/03/2026 09:00.',
      '4.2 Diseño, versión 1: Aprobada',
      'Revisó Laura Gómez el 05/03/2026 09:00.',
      'Veracidad y oportunidad de la información Sí',
      'Protección de datos personales y autorización de uso de imagen Sí',
      'Comentarios: Sin comentarios.',
      'Instagram 06/03/2026 09:00 https://www.instagram.com/p/vacunacion Mateo Herrera',
      '02/03/2026 09:00 Andrés Rojas Envió la versión 1 del contenido a revisión',
      '03/03/2026 09:00 Juan Pérez Adjuntó la versión 1 del diseño (1 archivo)',
      '06/03/2026 09:00 Mateo Herrera Registró la publicación en Instagram'
    ]) {
      expect(text).toContain(fragment)
    }
  })

  it('una devolución muestra los puntos no verificados y el comentario; la solicitud con su dependencia', async () => {
    o = await makeOffice()
    const s = await buildMarch(o)
    const returned = flat(await pdfPages(o, (await o.call('jefe', 'reports', 'generate', { request: { kind: 'ficha_pieza', pieceId: s.p2 } })).id))
    expect(returned).toContain('4.1 Contenido, versión 1: Devuelta con ajustes')
    expect(returned).toContain('Veracidad y oportunidad de la información No')
    expect(returned).toContain('Comentarios: Precise la hora y el lugar del cierre.')
    expect(returned).toContain('4.2 Contenido, versión 2: Aprobada')
    expect(returned).toContain('Texto de la versión 2 (la más reciente)')
    expect(returned).toContain('Cierre nocturno de la vía a Zipaquirá, de 8:00 p. m. a 5:00 a. m.')
    expect(returned).toContain('La pieza no requiere diseño.')

    const requested = flat(await pdfPages(o, (await o.call('jefe', 'reports', 'generate', { request: { kind: 'ficha_pieza', pieceId: s.p1 } })).id))
    expect(requested).toMatch(/Solicitud SOL-2026-\d{4}: Jornada de vacunación contra la influenza/)
    expect(requested).toContain('Dependencia Secretaría de Salud')
    expect(requested).toContain('Solicitante Martha Lucía Cárdenas')
    expect(requested).toContain('Canales Página web, Facebook')

    const pending = flat(await pdfPages(o, (await o.call('jefe', 'reports', 'generate', { request: { kind: 'ficha_pieza', pieceId: s.p4 } })).id))
    expect(pending).toContain('La pieza aún no tiene revisiones.')
    expect(pending).toContain('La pieza aún no tiene publicaciones registradas.')

    expect((await o.callError('jefe', 'reports', 'generate', { request: { kind: 'ficha_pieza', pieceId: 9999 } })).code).toBe('NOT_FOUND')
  })
})

describe('inventario del material audiovisual', () => {
  it('sin archivo catalogado lo dice en el documento', async () => {
    o = await makeOffice()
    const file = await o.call('archivista', 'reports', 'generate', { request: { kind: 'inventario_archivo' } })
    expect(file.fileName).toBe('Inventario-audiovisual-2026-03-10.pdf')
    const text = flat(await pdfPages(o, file.id))
    expect(text).toContain('INVENTARIO DEL MATERIAL AUDIOVISUAL')
    expect(text).toContain('Corte: 10/03/2026 · Oficina Asesora de Comunicaciones')
    expect(text).toContain('El banco de archivo audiovisual aún no tiene material catalogado.')
    expect(text).toContain('Página 1 de 1')
  })

  it('cuenta el material catalogado del archivo, con autorizaciones vencidas a la fecha de corte', async () => {
    o = await makeOffice()
    const event = await seedEvent(o, 'Rueda de prensa 12/03/2026', '2026-03-12')
    await seedAsset(o, { event_id: event, size: 4_000_000 })
    await seedAsset(o, { event_id: event, size: 6_000_000, consent_status: 'otorgada', consent_granted_on: '2025-01-10', consent_expires_on: '2026-01-31' })
    await seedAsset(o, { kind: 'video', mime: 'video/mp4', size: 90_000_000, captured_on: '2025-11-20', consent_status: 'pendiente' })
    const text = flat(await pdfPages(o, (await o.call('archivista', 'reports', 'generate', { request: { kind: 'inventario_archivo' } })).id))
    expect(text).not.toContain('aún no tiene material catalogado')
    expect(text).toMatch(/Fotografía 2 /)
    expect(text).toMatch(/Video 1 /)
    expect(text).toMatch(/2025 1 /)
    expect(text).toMatch(/Rueda de prensa 12\/03\/2026 2 /)
    expect(text).toMatch(/Sin evento 1 /)
    expect(text).toMatch(/Vencida 1 /)
    expect(text).toMatch(/Pendiente 1 /)
  })

  it('con material, lo resume por tipo, año, evento y serie, con autorizaciones e integridad', async () => {
    const meta = {
      header: { entityName: 'Alcaldía de Cajicá', processName: 'Gestión de Comunicaciones', documentCode: '', version: '', versionDate: null, logo: null },
      title: 'Inventario',
      generatedBy: 'Rosa Castro',
      generatedAt: '2026-03-10T14:00:00.000Z'
    }
    const pdf = await renderInventory(meta, 'Corte: 10/03/2026', {
      ...EMPTY_INVENTORY,
      assets: 1500,
      bytes: 3 * 1024 ** 3,
      byKind: [
        { label: 'Fotografía', count: 1200, bytes: 1024 ** 3 },
        { label: 'Video', count: 300, bytes: 2 * 1024 ** 3 }
      ],
      byYear: [{ label: '2026', count: 1500, bytes: 3 * 1024 ** 3 }],
      byEvent: [{ label: 'Fiestas del Retorno', count: 1500, bytes: 3 * 1024 ** 3 }],
      bySerie: [{ label: 'Registros audiovisuales institucionales', count: 1500, bytes: 3 * 1024 ** 3 }],
      consent: [
        { label: 'Con autorización', count: 1350 },
        { label: 'Sin autorización', count: 150 }
      ],
      fixity: { lastCheckAt: '2026-03-09T23:00:00.000Z', checked: 1500, failed: 0 }
    })
    const text = flat(await pagesOf(pdf.bytes))
    expect(text).not.toContain('aún no tiene material catalogado')
    expect(text).toContain('1.500 Activos catalogados 3 GB Tamaño total 09/03/2026 Última verificación de integridad')
    expect(text).toContain('Fotografía 1.200 80,0 % 1 GB')
    expect(text).toContain('Fiestas del Retorno 1.500 100,0 % 3 GB')
    expect(text).toContain('Sin autorización 150 10,0 %')
    expect(text).toContain('Última verificación: 09/03/2026 18:00. Se comprobaron 1.500 archivos contra su huella SHA-256; todos coinciden.')
    expect(text).toContain(`Página 1 de ${pdf.pageCount}`)
  })
})

describe('permisos', () => {
  it('quien no produce informes no los genera, y no queda nada guardado', async () => {
    o = await makeOffice()
    const before = await auditCount(o)
    expect(await o.callError('administrador', 'reports', 'generate', { request: { kind: 'inventario_archivo' } })).toEqual({
      code: 'FORBIDDEN',
      message: 'Su rol no permite generar informes.'
    })
    expect(await o.call('jefe', 'reports', 'recent', {})).toEqual([])
    expect(await auditCount(o)).toBe(before)
  })
})
