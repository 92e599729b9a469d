import { afterEach, describe, expect, it } from 'vitest'
import type { Frequency, PlanStatus } from '../../src/shared/domain/plans'
import type { PieceState } from '../../src/shared/domain/pieces'
import type { ComputedSource } from '../../src/shared/domain/indicators'
import { COMPUTED_SOURCES } from '../../src/shared/domain/indicators'
import { makeOffice } from '../support/core'
import { auditCount, type Office } from '../support/fixtures'

// Every case measures March 2026 (Colombian dates 01/03 to 31/03: 05:00Z on the 1st to 05:00Z on 1 April),
// computed early in April, once the month has closed.
const MARCH = '2026-03'
let o: Office
afterEach(async () => o?.dispose())

async function office(): Promise<Office> {
  o = await makeOffice()
  o.clock.set('2026-04-06T15:00:00Z')
  return o
}

async function sheetFor(source: ComputedSource, frequency: 'mensual' | 'trimestral' = 'mensual'): Promise<number> {
  const { unit, direction, formula } = COMPUTED_SOURCES[source]
  const goal = unit === 'dias' ? 3 : direction === 'mayor' ? 90 : 10
  const criticalLimit = unit === 'dias' ? 6 : direction === 'mayor' ? 70 : 25
  const sheet = await o.call('jefe', 'indicators', 'saveSheet', {
    name: `Indicador ${source}`,
    formula,
    type: 'eficacia',
    frequency,
    unit,
    direction,
    goal,
    criticalLimit,
    responsibleId: o.users.profesional,
    source
  })
  return sheet.id
}

const compute = async (source: ComputedSource, periodKey = MARCH) => o.call('jefe', 'indicators', 'compute', { sheetId: await sheetFor(source), periodKey })

let planSeq = 0
async function plan(status: PlanStatus = 'vigente'): Promise<number> {
  const now = o.clock.now().toISOString()
  const p = await o.core.db
    .insertInto('plans')
    .values({ name: `Plan ${++planSeq}`, starts_on: '2026-01-01', ends_on: '2026-12-31', scope: 'mixta', status, description: '', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  const s = await o.core.db
    .insertInto('plan_strategies')
    .values({ plan_id: p.id, kind: 'prensa', name: 'Prensa', objective: '' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return s.id
}

async function activity(strategyId: number, frequency: Frequency): Promise<number> {
  const a = await o.core.db
    .insertInto('plan_activities')
    .values({ strategy_id: strategyId, description: `Actividad ${frequency}`, frequency, phva_phase: 'H', responsible_id: null, goal_quantity: 12, goal_unit: 'piezas' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return a.id
}

let pieceSeq = 0
interface PieceSeed {
  activityId: number
  dueDate?: string
  state?: PieceState
  requiresDesign?: boolean
  publishedAt?: string[]
}

async function piece(seed: PieceSeed): Promise<number> {
  const seq = ++pieceSeq
  const now = '2026-02-01T15:00:00Z'
  const state = seed.state ?? 'publicada'
  const { id } = await o.core.db
    .insertInto('pieces')
    .values({
      code: `PZ-2026-${String(seq).padStart(3, '0')}`,
      year: 2026,
      seq,
      title: `Pieza ${seq}`,
      type: 'nota_web',
      state,
      requires_design: seed.requiresDesign === false ? 0 : 1,
      activity_id: seed.activityId,
      writer_id: o.users.profesional,
      due_date: seed.dueDate ?? '2026-03-31',
      cancel_reason: state === 'cancelada' ? 'Se aplazó el evento.' : '',
      created_by: o.users.jefe,
      created_at: now,
      updated_at: now,
      state_changed_at: now
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const channel = await o.core.db.selectFrom('catalogue_items').select('id').where('kind', '=', 'canal').executeTakeFirstOrThrow()
  for (const at of seed.publishedAt ?? []) {
    await o.core.db
      .insertInto('publications')
      .values({ piece_id: id, channel_id: channel.id, published_at: at, url_or_place: 'https://cajica.gov.co', published_by: o.users.community_manager, created_at: at })
      .execute()
  }
  return id
}

async function submitted(pieceId: number, at: string): Promise<void> {
  await o.core.db
    .insertInto('audit_log')
    .values({ at, actor_id: o.users.profesional, action: 'pieces.content_submitted', entity_type: 'piece', entity_id: pieceId, summary: 'Envió el contenido a revisión', details: null })
    .execute()
}

async function review(pieceId: number, stage: 'contenido' | 'diseno', decision: 'aprobada' | 'devuelta', at: string): Promise<void> {
  const db = o.core.db
  let contentVersionId: number | null = null
  let designVersionId: number | null = null
  if (stage === 'contenido') {
    const n = (await db.selectFrom('content_versions').select('id').where('piece_id', '=', pieceId).execute()).length + 1
    contentVersionId = (
      await db
        .insertInto('content_versions')
        .values({ piece_id: pieceId, number: n, html: '<p>x</p>', text: 'x', note: '', author_id: o.users.profesional, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  } else {
    const n = (await db.selectFrom('design_versions').select('id').where('piece_id', '=', pieceId).execute()).length + 1
    designVersionId = (
      await db
        .insertInto('design_versions')
        .values({ piece_id: pieceId, number: n, note: '', author_id: o.users.disenador, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  }
  await db
    .insertInto('reviews')
    .values({
      piece_id: pieceId,
      stage,
      content_version_id: contentVersionId,
      design_version_id: designVersionId,
      decision,
      comments: decision === 'devuelta' ? 'Ajuste el titular.' : '',
      checklist: '{}',
      reviewer_id: o.users.jefe,
      created_at: at
    })
    .execute()
}

describe('Indicadores calculados por Pauta, contra datos verificados a mano (marzo de 2026)', () => {
  it('publicación a tiempo: la primera publicación de cada pieza en el periodo frente a su fecha límite, en hora de Colombia', async () => {
    await office()
    const a = await activity(await plan(), 'mensual')
    await piece({ activityId: a, dueDate: '2026-03-10', publishedAt: ['2026-03-10T22:00:00Z'] })
    // 22:00 del 10/03 en Colombia: a tiempo, aunque en UTC ya sea el 11.
    await piece({ activityId: a, dueDate: '2026-03-10', publishedAt: ['2026-03-11T03:00:00Z'] })
    await piece({ activityId: a, dueDate: '2026-03-15', publishedAt: ['2026-03-16T14:00:00Z'] })
    // First published in February: a republication in March does not count it again.
    await piece({ activityId: a, dueDate: '2026-02-20', publishedAt: ['2026-02-25T14:00:00Z', '2026-03-02T14:00:00Z'] })
    await piece({ activityId: a, state: 'cancelada', publishedAt: ['2026-03-05T14:00:00Z'] })
    // 23:30 del 31/03 en Colombia: todavía marzo.
    await piece({ activityId: a, dueDate: '2026-04-05', publishedAt: ['2026-04-01T04:30:00Z'] })
    await piece({ activityId: a, dueDate: '2026-04-05', publishedAt: ['2026-04-01T05:30:00Z'] })

    const figures = await compute('publicacion_oportuna')
    expect(figures).toMatchObject({ periodKey: MARCH, periodLabel: 'marzo de 2026', from: '2026-03-01', to: '2026-03-31', numerator: 3, denominator: 4, value: 75 })
    expect(figures.detail).toBe('3 de 4 piezas publicadas entre el 01/03/2026 y el 31/03/2026 salieron en su fecha límite o antes.')
  })

  it('tiempo de aprobación: mediana de días desde el primer envío del contenido hasta la aprobación final', async () => {
    await office()
    const a = await activity(await plan(), 'mensual')
    const withDesign = await piece({ activityId: a, state: 'aprobada' })
    await submitted(withDesign, '2026-03-02T14:00:00Z')
    await submitted(withDesign, '2026-03-04T14:00:00Z')
    await review(withDesign, 'contenido', 'aprobada', '2026-03-05T14:00:00Z')
    await review(withDesign, 'diseno', 'aprobada', '2026-03-06T14:00:00Z') // 4 días
    const quick = await piece({ activityId: a, state: 'aprobada', requiresDesign: false })
    await submitted(quick, '2026-03-09T14:00:00Z')
    await review(quick, 'contenido', 'aprobada', '2026-03-10T02:00:00Z') // 0,5 días
    const slow = await piece({ activityId: a, state: 'aprobada', requiresDesign: false })
    await submitted(slow, '2026-03-10T14:00:00Z')
    await review(slow, 'contenido', 'aprobada', '2026-03-20T14:00:00Z') // 10 días
    const contentOnly = await piece({ activityId: a, state: 'en_diseno' })
    await submitted(contentOnly, '2026-03-10T14:00:00Z')
    await review(contentOnly, 'contenido', 'aprobada', '2026-03-11T14:00:00Z')
    const april = await piece({ activityId: a, state: 'aprobada', requiresDesign: false })
    await submitted(april, '2026-03-30T14:00:00Z')
    await review(april, 'contenido', 'aprobada', '2026-04-02T14:00:00Z')

    const figures = await compute('tiempo_aprobacion')
    expect(figures).toMatchObject({ numerator: null, denominator: 3, value: 4 })
    expect(figures.detail).toContain('Mediana de 3 piezas aprobadas')
  })

  it('piezas devueltas: de las piezas revisadas en el periodo, las devueltas al menos una vez en él', async () => {
    await office()
    const a = await activity(await plan(), 'mensual')
    const returnedThenApproved = await piece({ activityId: a, state: 'aprobada', requiresDesign: false })
    await review(returnedThenApproved, 'contenido', 'devuelta', '2026-03-03T14:00:00Z')
    await review(returnedThenApproved, 'contenido', 'aprobada', '2026-03-04T14:00:00Z')
    const approved = await piece({ activityId: a, state: 'aprobada', requiresDesign: false })
    await review(approved, 'contenido', 'aprobada', '2026-03-05T14:00:00Z')
    const returnedInFebruary = await piece({ activityId: a, state: 'aprobada', requiresDesign: false })
    await review(returnedInFebruary, 'contenido', 'devuelta', '2026-02-26T14:00:00Z')
    await review(returnedInFebruary, 'contenido', 'aprobada', '2026-03-02T14:00:00Z')
    const twice = await piece({ activityId: a, state: 'ajustes_diseno' })
    await review(twice, 'contenido', 'devuelta', '2026-03-10T14:00:00Z')
    await review(twice, 'diseno', 'devuelta', '2026-03-12T14:00:00Z')

    expect(await compute('piezas_devueltas')).toMatchObject({ numerator: 2, denominator: 4, value: 50 })
  })

  it('ejecución del plan: actividades que cumplieron su frecuencia en cada lapso cerrado del periodo', async () => {
    await office()
    const strategy = await plan()
    const monthlyDone = await activity(strategy, 'mensual')
    await piece({ activityId: monthlyDone, publishedAt: ['2026-03-05T15:00:00Z'] })
    // Weeks inside March 2026 (Monday to Sunday): 2–8, 9–15, 16–22, 23–29; the last one has no publication.
    const weekly = await activity(strategy, 'semanal')
    for (const day of ['03', '10', '17']) await piece({ activityId: weekly, publishedAt: [`2026-03-${day}T15:00:00Z`] })
    await piece({ activityId: await activity(strategy, 'anual'), publishedAt: ['2026-03-05T15:00:00Z'] })
    await activity(strategy, 'segun_requerimiento')
    await activity(strategy, 'mensual')
    const republished = await activity(strategy, 'mensual')
    await piece({ activityId: republished, publishedAt: ['2026-02-27T15:00:00Z', '2026-03-06T15:00:00Z'] })
    await activity(await plan('borrador'), 'mensual')

    expect(await compute('ejecucion_plan')).toMatchObject({ numerator: 1, denominator: 4, value: 25 })
  })

  it('inquietudes en término: respondidas a más tardar el día de su vencimiento (fecha de Colombia)', async () => {
    await office()
    const seed = async (dueOn: string, repliedAt: string | null) =>
      o.core.db
        .insertInto('inquiries')
        .values({
          channel: 'facebook',
          received_at: '2026-03-01T15:00:00Z',
          citizen: 'Vecina de Capellanía',
          text: '¿Cuándo abren las inscripciones?',
          due_on: dueOn,
          term_days: 3,
          term_kind: 'redes',
          state: repliedAt ? 'respondida' : 'asignada',
          reply_text: repliedAt ? 'Desde el lunes.' : '',
          replied_at: repliedAt,
          replied_by: repliedAt ? o.users.community_manager : null,
          assignee_id: o.users.community_manager,
          created_by: o.users.community_manager,
          created_at: '2026-03-01T15:00:00Z',
          updated_at: '2026-03-01T15:00:00Z'
        })
        .execute()
    await seed('2026-03-10', '2026-03-11T03:00:00Z')
    await seed('2026-03-12', '2026-03-13T15:00:00Z')
    await seed('2026-03-20', null)
    await seed('2026-04-02', '2026-03-25T15:00:00Z')

    const figures = await compute('inquietudes_a_tiempo')
    expect(figures).toMatchObject({ numerator: 1, denominator: 3, value: 33.33 })
  })

  it('cubrimientos a tiempo: entregados a la hora pactada o antes; los cancelados no cuentan', async () => {
    await office()
    // One event per coverage: an event has a single coverage of each need.
    const seed = async (dueAt: string, state: 'entregada' | 'asignada' | 'cancelada', deliveredAt: string | null = null) => {
      const { id: eventId } = await o.core.db
        .insertInto('coverage_events')
        .values({
          title: 'Feria de emprendimiento',
          starts_at: '2026-03-10T14:00:00Z',
          ends_at: '2026-03-10T18:00:00Z',
          place: 'Parque principal',
          description: '',
          created_by: o.users.jefe,
          created_at: '2026-03-01T15:00:00Z',
          updated_at: '2026-03-01T15:00:00Z'
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await o.core.db
        .insertInto('coverages')
        .values({
          event_id: eventId,
          need: 'fotografia',
          assignee_id: o.users.audiovisual,
          due_at: dueAt,
          state,
          delivered_at: deliveredAt,
          notes: '',
          cancel_reason: state === 'cancelada' ? 'Se canceló el evento.' : '',
          created_at: '2026-03-01T15:00:00Z',
          updated_at: '2026-03-01T15:00:00Z'
        })
        .execute()
    }
    await seed('2026-03-10T20:00:00Z', 'entregada', '2026-03-10T19:00:00Z')
    await seed('2026-03-12T20:00:00Z', 'entregada', '2026-03-12T21:00:00Z')
    await seed('2026-03-15T20:00:00Z', 'asignada')
    await seed('2026-03-16T20:00:00Z', 'cancelada')
    await seed('2026-04-01T04:00:00Z', 'entregada', '2026-04-01T03:00:00Z')
    await seed('2026-04-01T06:00:00Z', 'entregada', '2026-04-01T05:00:00Z')

    expect(await compute('cubrimientos_a_tiempo')).toMatchObject({ numerator: 2, denominator: 4, value: 50 })
  })

  it('tono de los registros de medios: favorables (positivo o neutro) y negativos', async () => {
    await office()
    const seed = (clipDate: string, tone: 'positivo' | 'neutro' | 'negativo') =>
      o.core.db
        .insertInto('media_clips')
        .values({
          clip_date: clipDate,
          medium: 'Radio Cajicá',
          medium_type: 'radio',
          program: '',
          headline: 'La Alcaldía inaugura el parque',
          summary: '',
          tone,
          topic: 'Obras',
          spokesperson: '',
          created_by: o.users.profesional,
          created_at: '2026-03-01T15:00:00Z',
          updated_at: '2026-03-01T15:00:00Z'
        })
        .execute()
    for (const tone of ['positivo', 'positivo', 'positivo', 'neutro', 'neutro', 'negativo'] as const) await seed('2026-03-09', tone)
    await seed('2026-02-27', 'negativo')

    expect(await compute('medios_favorables')).toMatchObject({ numerator: 5, denominator: 6, value: 83.33 })
    expect(await o.call('jefe', 'indicators', 'compute', { sheetId: await sheetFor('medios_negativos'), periodKey: MARCH })).toMatchObject({
      numerator: 1,
      denominator: 6,
      value: 16.67
    })
  })

  it('sin datos en el periodo: «Calcular» lo explica y registrar no guarda nada', async () => {
    await office()
    const sheetId = await sheetFor('medios_favorables')
    const figures = await o.call('jefe', 'indicators', 'compute', { sheetId, periodKey: '2026-02' })
    expect(figures).toMatchObject({ numerator: 0, denominator: 0, value: null })
    expect(figures.detail).toBe('No hay datos en el periodo: no se registró ninguna nota de medios entre el 01/02/2026 y el 28/02/2026.')
    const before = await auditCount(o)
    const error = await o.callError('jefe', 'indicators', 'record', { sheetId, periodKey: '2026-02' })
    expect(error.code).toBe('VALIDATION')
    expect(error.message).toMatch(/^No hay datos en el periodo/)
    expect(await auditCount(o)).toBe(before)
    expect(await o.core.db.selectFrom('indicator_measurements').selectAll().execute()).toEqual([])
  })

  it('un indicador trimestral calculado suma los tres meses del trimestre', async () => {
    await office()
    const seed = (clipDate: string, tone: 'positivo' | 'negativo') =>
      o.core.db
        .insertInto('media_clips')
        .values({
          clip_date: clipDate,
          medium: 'El Tiempo',
          medium_type: 'prensa',
          program: '',
          headline: 'Cajicá en la prensa',
          summary: '',
          tone,
          topic: 'Movilidad',
          spokesperson: '',
          created_by: o.users.profesional,
          created_at: '2026-03-01T15:00:00Z',
          updated_at: '2026-03-01T15:00:00Z'
        })
        .execute()
    await seed('2026-01-02', 'negativo')
    await seed('2026-02-14', 'positivo')
    await seed('2026-03-31', 'positivo')
    await seed('2026-04-01', 'negativo')
    const sheetId = await sheetFor('medios_negativos', 'trimestral')
    const recorded = await o.call('profesional', 'indicators', 'record', { sheetId, periodKey: '2026-T1', analysis: 'Una nota negativa sobre movilidad en enero.' })
    expect(recorded.measurements).toMatchObject([
      { periodKey: '2026-T1', from: '2026-01-01', to: '2026-03-31', numerator: 1, denominator: 3, value: 33.33, origin: 'calculada', status: 'critico' }
    ])
  })
})
