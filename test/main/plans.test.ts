import { afterEach, describe, expect, it } from 'vitest'
import type { PlanActivity } from '../../src/shared/contract'
import type { PieceState } from '../../src/shared/domain/pieces'
import { makeOffice } from '../support/core'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
afterEach(async () => t?.dispose())

const auditCount = async () =>
  (await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
const lastAudit = () => t.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()

const PLAN = { name: 'Plan de Comunicaciones 2026', startsOn: '2026-01-01', endsOn: '2026-12-31', scope: 'mixta' as const }

async function catalogue() {
  const canales = await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })
  const grupos = await t.call('jefe', 'catalogues', 'list', { kind: 'grupo_valor' })
  const byName = (list: typeof canales, name: string) => list.find((i) => i.name === name)!.id
  return {
    facebook: byName(canales, 'Facebook'),
    web: byName(canales, 'Página web'),
    radio: byName(canales, 'Radio'),
    ciudadania: byName(grupos, 'Ciudadanía en general'),
    medios: byName(grupos, 'Medios de comunicación')
  }
}

async function planWithActivity() {
  const c = await catalogue()
  const plan = await t.call('jefe', 'plans', 'create', PLAN)
  const strategy = await t.call('jefe', 'plans', 'createStrategy', { planId: plan.id, kind: 'digital', name: 'Redes sociales', objective: 'Informar a la ciudadanía' })
  const activity = await t.call('jefe', 'plans', 'createActivity', {
    strategyId: strategy.id,
    description: 'Publicar avances de las obras del Plan de Desarrollo',
    frequency: 'semanal',
    phvaPhase: 'H',
    channelIds: [c.web, c.facebook],
    audienceIds: [c.ciudadania],
    responsibleId: t.users.community_manager,
    goalQuantity: 48,
    goalUnit: 'publicaciones'
  })
  return { c, plan, strategy, activity }
}

const activityInput = (a: PlanActivity) => ({
  id: a.id,
  description: a.description,
  frequency: a.frequency,
  phvaPhase: a.phvaPhase,
  channelIds: a.channelIds,
  audienceIds: a.audienceIds,
  responsibleId: a.responsibleId,
  goalQuantity: a.goalQuantity,
  goalUnit: a.goalUnit
})

async function insertPiece(activityId: number, seq: number, state: PieceState) {
  await t.core.db
    .insertInto('pieces')
    .values({
      code: `PZ-2026-${String(seq).padStart(4, '0')}`,
      year: 2026,
      seq,
      title: `Pieza ${seq}`,
      type: 'publicacion_redes',
      state,
      requires_design: 1,
      activity_id: activityId,
      request_id: null,
      writer_id: t.users.profesional,
      designer_id: null,
      due_date: '2026-03-20',
      cancel_reason: state === 'cancelada' ? 'La obra se aplazó' : '',
      created_by: t.users.profesional,
      created_at: '2026-03-10T14:00:00.000Z',
      updated_at: '2026-03-10T14:00:00.000Z',
      state_changed_at: '2026-03-10T14:00:00.000Z'
    })
    .execute()
}

describe('the Plan de Comunicaciones', () => {
  it('registers a plan with strategies and activities, readable by every role', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const { c, plan, strategy, activity } = await planWithActivity()
    expect(plan).toMatchObject({ ...PLAN, status: 'borrador', description: '', strategyCount: 0, activityCount: 0, strategies: [] })
    expect(strategy).toEqual({ id: strategy.id, planId: plan.id, kind: 'digital', name: 'Redes sociales', objective: 'Informar a la ciudadanía', activities: [] })
    expect(activity).toEqual({
      id: activity.id,
      strategyId: strategy.id,
      description: 'Publicar avances de las obras del Plan de Desarrollo',
      frequency: 'semanal',
      phvaPhase: 'H',
      channelIds: [c.web, c.facebook].sort((a, b) => a - b),
      audienceIds: [c.ciudadania],
      responsibleId: t.users.community_manager,
      responsibleName: 'Mateo Herrera',
      goalQuantity: 48,
      goalUnit: 'publicaciones',
      pieceCount: 0,
      publishedCount: 0
    })
    expect(await auditCount()).toBe(before + 3)
    const entries = await t.core.db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id', 'summary']).orderBy('id', 'desc').limit(3).execute()
    expect(entries.reverse()).toEqual([
      { action: 'plans.created', entity_type: 'plan', entity_id: plan.id, summary: 'Registró el plan «Plan de Comunicaciones 2026» con vigencia 01/01/2026 – 31/12/2026 (En formulación)' },
      { action: 'plans.strategy_created', entity_type: 'plan', entity_id: plan.id, summary: 'Agregó la estrategia «Redes sociales» (Digital) al plan «Plan de Comunicaciones 2026»' },
      {
        action: 'plans.activity_created',
        entity_type: 'plan',
        entity_id: plan.id,
        summary: 'Agregó la actividad «Publicar avances de las obras del Plan de Desarrollo» a la estrategia «Redes sociales»'
      }
    ])

    for (const role of ['archivista', 'disenador'] as const) {
      const detail = await t.call(role, 'plans', 'get', { id: plan.id })
      expect(detail).toMatchObject({ strategyCount: 1, activityCount: 1 })
      expect(detail.strategies).toEqual([{ ...strategy, activities: [activity] }])
    }
    expect(await t.call('profesional', 'plans', 'list')).toEqual([{ ...PLAN, id: plan.id, status: 'borrador', description: '', strategyCount: 1, activityCount: 1 }])
    expect((await t.callError('jefe', 'plans', 'get', { id: 999 })).code).toBe('NOT_FOUND')
  })

  it('lists plans by most recent vigencia and counts each plan’s own strategies and activities', async () => {
    t = await makeOffice()
    const older = await t.call('jefe', 'plans', 'create', { ...PLAN, name: 'Plan 2025', startsOn: '2025-01-01', endsOn: '2025-12-31' })
    await planWithActivity()
    await t.call('jefe', 'plans', 'createStrategy', { planId: older.id, kind: 'prensa', name: 'Free press' })
    await t.call('jefe', 'plans', 'createStrategy', { planId: older.id, kind: 'redaccion', name: 'Boletines' })
    const list = await t.call('jefe', 'plans', 'list')
    expect(list.map((p) => [p.name, p.strategyCount, p.activityCount])).toEqual([
      ['Plan de Comunicaciones 2026', 1, 1],
      ['Plan 2025', 2, 0]
    ])
  })

  it('refuses a vigencia that ends before it starts, through the schema', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const error = await t.callError('jefe', 'plans', 'create', { ...PLAN, startsOn: '2026-12-31', endsOn: '2026-01-01' })
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { endsOn: 'La fecha final de la vigencia no puede ser anterior a la inicial.' } })
    const plan = await t.call('jefe', 'plans', 'create', PLAN)
    const update = await t.callError('jefe', 'plans', 'update', { ...PLAN, id: plan.id, endsOn: '2025-12-31' })
    expect(update.code).toBe('VALIDATION')
    expect(await auditCount()).toBe(before + 1)
    expect((await t.call('jefe', 'plans', 'get', { id: plan.id })).endsOn).toBe('2026-12-31')
  })

  it('updates a plan and describes the change in its history; no change, no entry', async () => {
    t = await makeOffice()
    const plan = await t.call('jefe', 'plans', 'create', PLAN)
    const updated = await t.call('jefe', 'plans', 'update', { ...PLAN, id: plan.id, endsOn: '2026-11-30', status: 'vigente', description: 'Aprobado por el comité' })
    expect(updated).toMatchObject({ endsOn: '2026-11-30', status: 'vigente', description: 'Aprobado por el comité' })
    expect((await lastAudit()).summary).toBe(
      'Modificó el plan «Plan de Comunicaciones 2026»: vigencia 01/01/2026 – 31/12/2026 → 01/01/2026 – 30/11/2026; descripción; estado En formulación → Vigente'
    )
    const before = await auditCount()
    await t.call('jefe', 'plans', 'update', { ...PLAN, id: plan.id, endsOn: '2026-11-30', status: 'vigente', description: 'Aprobado por el comité' })
    expect(await auditCount()).toBe(before)
    expect((await t.callError('jefe', 'plans', 'update', { ...PLAN, id: 999 })).code).toBe('NOT_FOUND')
  })

  it('updates strategies and activities, recording them in the plan’s history', async () => {
    t = await makeOffice()
    const { c, plan, strategy, activity } = await planWithActivity()
    const s = await t.call('jefe', 'plans', 'updateStrategy', { id: strategy.id, kind: 'audiovisual', name: 'Video y redes', objective: '' })
    expect(s).toMatchObject({ kind: 'audiovisual', name: 'Video y redes', objective: '', activities: [activity] })
    expect(await lastAudit()).toMatchObject({ action: 'plans.strategy_updated', entity_id: plan.id, summary: 'Modificó la estrategia «Video y redes» del plan «Plan de Comunicaciones 2026»' })

    const a = await t.call('jefe', 'plans', 'updateActivity', {
      ...activityInput(activity),
      channelIds: [c.radio],
      audienceIds: [c.medios, c.ciudadania],
      responsibleId: null,
      goalQuantity: 12
    })
    expect(a).toMatchObject({ channelIds: [c.radio], audienceIds: [c.ciudadania, c.medios].sort((x, y) => x - y), responsibleId: null, responsibleName: null, goalQuantity: 12 })
    const entry = await lastAudit()
    expect(entry).toMatchObject({ action: 'plans.activity_updated', entity_id: plan.id })
    expect(JSON.parse(entry.details!)).toMatchObject({ activityId: activity.id, before: { goalQuantity: 48 }, after: { goalQuantity: 12 } })
    const links = await t.core.db.selectFrom('plan_activity_channels').selectAll().execute()
    expect(links).toEqual([{ activity_id: activity.id, channel_id: c.radio }])

    const before = await auditCount()
    await t.call('jefe', 'plans', 'updateActivity', { ...activityInput(a), channelIds: [c.radio, c.radio] })
    expect(await auditCount()).toBe(before)
    expect((await t.callError('jefe', 'plans', 'updateStrategy', { id: 999, kind: 'digital', name: 'X' })).code).toBe('NOT_FOUND')
    expect((await t.callError('jefe', 'plans', 'updateActivity', { ...activityInput(a), id: 999 })).code).toBe('NOT_FOUND')
    expect((await t.callError('jefe', 'plans', 'createStrategy', { planId: 999, kind: 'digital', name: 'X' })).code).toBe('NOT_FOUND')
  })

  it('an activity links only channels, audiences and an active responsible that exist', async () => {
    t = await makeOffice()
    const { c, strategy } = await planWithActivity()
    await t.call('jefe', 'users', 'update', { id: t.users.audiovisual, fullName: 'Sofía Martínez', role: 'audiovisual', email: '', active: false })
    const before = { audit: await auditCount(), activities: (await t.core.db.selectFrom('plan_activities').select('id').execute()).length }
    const base = { strategyId: strategy.id, description: 'Cuñas radiales', frequency: 'mensual' as const, phvaPhase: 'H' as const, goalQuantity: 12 }

    const audienceAsChannel = await t.callError('jefe', 'plans', 'createActivity', { ...base, channelIds: [c.ciudadania] })
    expect(audienceAsChannel).toMatchObject({ code: 'VALIDATION', message: 'Canales: uno de los elementos elegidos no es un canal del catálogo. Actualice la lista y elija de nuevo.' })
    const channelAsAudience = await t.callError('jefe', 'plans', 'createActivity', { ...base, audienceIds: [c.radio] })
    expect(channelAsAudience.message).toContain('Grupos de valor:')
    expect((await t.callError('jefe', 'plans', 'createActivity', { ...base, channelIds: [9999] })).code).toBe('VALIDATION')
    const inactivePerson = await t.callError('jefe', 'plans', 'createActivity', { ...base, responsibleId: t.users.audiovisual })
    expect(inactivePerson).toMatchObject({ code: 'VALIDATION', fields: { responsibleId: 'La cuenta está desactivada.' } })
    const missingPerson = await t.callError('jefe', 'plans', 'createActivity', { ...base, responsibleId: 9999 })
    expect(missingPerson).toMatchObject({ code: 'VALIDATION', fields: { responsibleId: 'Elija un responsable de la lista.' } })
    await t.call('jefe', 'catalogues', 'update', { id: c.radio, name: 'Radio', active: false })
    const inactiveChannel = await t.callError('jefe', 'plans', 'createActivity', { ...base, channelIds: [c.radio] })
    expect(inactiveChannel.message).toBe('Canales: «Radio» está inactivo en el catálogo. Elija otro o pida que lo activen en Configuración.')

    expect(await auditCount()).toBe(before.audit + 1)
    expect(await t.core.db.selectFrom('plan_activities').select('id').execute()).toHaveLength(before.activities)
  })

  it('keeps links that became inactive after they were made, but refuses adding inactive ones', async () => {
    t = await makeOffice()
    const { c, plan, activity } = await planWithActivity()
    await t.call('jefe', 'catalogues', 'update', { id: c.facebook, name: 'Facebook', active: false })
    await t.call('jefe', 'users', 'update', { id: t.users.community_manager, fullName: 'Mateo Herrera', role: 'community_manager', email: '', active: false })
    const kept = await t.call('jefe', 'plans', 'updateActivity', { ...activityInput(activity), goalQuantity: 50 })
    expect(kept).toMatchObject({ channelIds: activity.channelIds, responsibleId: t.users.community_manager, goalQuantity: 50 })

    const without = await t.call('jefe', 'plans', 'updateActivity', { ...activityInput(kept), channelIds: [c.web], responsibleId: t.users.profesional })
    expect(without.channelIds).toEqual([c.web])
    const readd = await t.callError('jefe', 'plans', 'updateActivity', { ...activityInput(without), channelIds: [c.web, c.facebook] })
    expect(readd.message).toContain('«Facebook» está inactivo')
    const rePerson = await t.callError('jefe', 'plans', 'updateActivity', { ...activityInput(without), responsibleId: t.users.community_manager })
    expect(rePerson.code).toBe('VALIDATION')
    expect((await t.call('jefe', 'plans', 'get', { id: plan.id })).strategies[0]!.activities[0]).toMatchObject({
      channelIds: [c.web],
      responsibleId: t.users.profesional
    })
  })

  it('counts the pieces of each activity, leaving cancelled ones out, and the published ones', async () => {
    t = await makeOffice()
    const { plan, strategy, activity } = await planWithActivity()
    const other = await t.call('jefe', 'plans', 'createActivity', { strategyId: strategy.id, description: 'Boletines', frequency: 'semanal', phvaPhase: 'H', goalQuantity: 10 })
    const states: PieceState[] = ['borrador', 'revision_contenido', 'aprobada', 'publicada', 'publicada', 'cancelada']
    for (const [i, state] of states.entries()) await insertPiece(activity.id, i + 1, state)
    await insertPiece(other.id, 20, 'publicada')
    const detail = await t.call('jefe', 'plans', 'get', { id: plan.id })
    expect(detail.strategies[0]!.activities.map((a) => [a.id, a.pieceCount, a.publishedCount])).toEqual([
      [activity.id, 5, 2],
      [other.id, 1, 1]
    ])
  })

  it('a closed plan refuses every edit until it is reopened, and its activities leave the options for new pieces', async () => {
    t = await makeOffice()
    const { plan, strategy, activity } = await planWithActivity()
    expect((await t.call('profesional', 'plans', 'activityOptions')).map((o) => o.id)).toEqual([activity.id])

    const closed = await t.call('jefe', 'plans', 'update', { ...PLAN, id: plan.id, status: 'cerrado' })
    expect(closed.status).toBe('cerrado')
    expect((await lastAudit()).summary).toBe('Cerró el plan «Plan de Comunicaciones 2026»')
    expect(await t.call('profesional', 'plans', 'activityOptions')).toEqual([])

    const before = { audit: await auditCount(), detail: await t.call('jefe', 'plans', 'get', { id: plan.id }) }
    const refusals = [
      await t.callError('jefe', 'plans', 'update', { ...PLAN, id: plan.id, name: 'Otro nombre', status: 'cerrado' }),
      await t.callError('jefe', 'plans', 'update', { ...PLAN, id: plan.id, name: 'Otro nombre', status: 'vigente' }),
      await t.callError('jefe', 'plans', 'createStrategy', { planId: plan.id, kind: 'prensa', name: 'Prensa' }),
      await t.callError('jefe', 'plans', 'updateStrategy', { id: strategy.id, kind: 'prensa', name: 'Prensa' }),
      await t.callError('jefe', 'plans', 'createActivity', { strategyId: strategy.id, description: 'Otra', frequency: 'anual', phvaPhase: 'P', goalQuantity: 1 }),
      await t.callError('jefe', 'plans', 'updateActivity', { ...activityInput(activity), goalQuantity: 1 })
    ]
    for (const error of refusals) {
      expect(error).toEqual({
        code: 'CONFLICT',
        message: 'El plan «Plan de Comunicaciones 2026» está cerrado y no admite cambios. Si necesita corregirlo, reábralo primero cambiando solo su estado.'
      })
    }
    expect(await auditCount()).toBe(before.audit)
    expect(await t.call('jefe', 'plans', 'get', { id: plan.id })).toEqual(before.detail)

    const reopened = await t.call('jefe', 'plans', 'update', { ...PLAN, id: plan.id, status: 'vigente' })
    expect(reopened.status).toBe('vigente')
    expect((await lastAudit()).summary).toBe('Reabrió el plan «Plan de Comunicaciones 2026» (estado Vigente)')
    expect(await t.call('jefe', 'plans', 'updateActivity', { ...activityInput(activity), goalQuantity: 1 })).toMatchObject({ goalQuantity: 1 })
  })

  it('offers activities of open plans labelled "Estrategia · descripción corta"', async () => {
    t = await makeOffice()
    const { plan, strategy, activity } = await planWithActivity()
    const long = await t.call('jefe', 'plans', 'createActivity', {
      strategyId: strategy.id,
      description: 'Difundir en todos los canales institucionales las convocatorias, los avances y los resultados de la rendición de cuentas',
      frequency: 'trimestral',
      phvaPhase: 'V',
      goalQuantity: 4
    })
    const older = await t.call('jefe', 'plans', 'create', { ...PLAN, name: 'Plan 2025', startsOn: '2025-01-01', endsOn: '2025-12-31', status: 'vigente' })
    const olderStrategy = await t.call('jefe', 'plans', 'createStrategy', { planId: older.id, kind: 'prensa', name: 'Prensa' })
    const olderActivity = await t.call('jefe', 'plans', 'createActivity', { strategyId: olderStrategy.id, description: 'Ruedas de prensa', frequency: 'mensual', phvaPhase: 'H', goalQuantity: 12 })

    expect(await t.call('audiovisual', 'plans', 'activityOptions')).toEqual([
      { id: activity.id, label: 'Redes sociales · Publicar avances de las obras del Plan de Desarrollo', planName: plan.name, strategyName: 'Redes sociales' },
      {
        id: long.id,
        label: 'Redes sociales · Difundir en todos los canales institucionales las convocatorias, los…',
        planName: plan.name,
        strategyName: 'Redes sociales'
      },
      { id: olderActivity.id, label: 'Prensa · Ruedas de prensa', planName: 'Plan 2025', strategyName: 'Prensa' }
    ])
  })
})
