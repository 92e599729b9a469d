import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addPlanActivity, auditCount, catalogueId, type Office } from '../support/fixtures'
import { makeOffice } from '../support/core'

let o: Office
beforeEach(async () => {
  o = await makeOffice()
})
afterEach(async () => {
  await o.dispose()
})

/** The test clock starts on 2026-03-10 at 09:00 in Cajicá. */
const feria = {
  title: 'Feria de emprendimiento en el parque principal',
  startsAt: '2026-03-12T09:00:00-05:00',
  endsAt: '2026-03-12T12:00:00-05:00',
  place: 'Parque principal de Cajicá'
}

async function programme(overrides: Partial<typeof feria> = {}) {
  return o.call('jefe', 'coverage', 'create', { ...feria, ...overrides })
}

describe('eventos por cubrir', () => {
  it('programa un evento con dependencia y actividad del plan, y lo deja en el historial', async () => {
    const activityId = await addPlanActivity(o)
    const dependenciaId = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    const event = await programme()
    expect(event).toMatchObject({ state: 'programado', startsAt: '2026-03-12T14:00:00.000Z', endsAt: '2026-03-12T17:00:00.000Z', createdByName: 'Laura Gómez' })
    expect(event.allowedActions).toEqual(['edit', 'confirm', 'postpone', 'cancel', 'assign'])

    const updated = await o.call('profesional', 'coverage', 'update', {
      id: event.id,
      ...feria,
      description: 'Stands de 40 emprendedores locales.',
      dependenciaId,
      planActivityId: activityId
    })
    expect(updated).toMatchObject({ dependenciaName: 'Secretaría de Salud', planActivityId: activityId, description: 'Stands de 40 emprendedores locales.' })
    const audit = await o.core.db.selectFrom('audit_log').select(['action', 'summary']).where('entity_type', '=', 'coverage_event').execute()
    expect(audit.map((a) => a.summary)).toEqual([
      'Programó el evento «Feria de emprendimiento en el parque principal» para el 12/03/2026 09:00–12:00',
      'Modificó los datos del evento «Feria de emprendimiento en el parque principal»'
    ])
  })

  it('rechaza fechas invertidas o iguales con el mensaje en el campo, sin guardar nada', async () => {
    const before = await auditCount(o)
    for (const endsAt of ['2026-03-12T08:00:00-05:00', feria.startsAt]) {
      const error = await o.callError('jefe', 'coverage', 'create', { ...feria, endsAt })
      expect(error.code).toBe('VALIDATION')
      expect(error.fields?.endsAt).toBe('La hora de fin debe ser posterior a la de inicio.')
    }
    const event = await programme()
    const postpone = await o.callError('jefe', 'coverage', 'postpone', { id: event.id, startsAt: '2026-03-13T10:00:00-05:00', endsAt: '2026-03-13T09:00:00-05:00' })
    expect(postpone.fields?.endsAt).toMatch(/posterior a la de inicio/)
    expect(await o.core.db.selectFrom('coverage_events').select('id').execute()).toHaveLength(1)
    expect(await auditCount(o)).toBe(before + 1)
  })

  it('rechaza una dependencia inactiva o una actividad de un plan cerrado', async () => {
    const closed = await addPlanActivity(o, { status: 'cerrado', name: 'Plan 2025' })
    const error = await o.callError('jefe', 'coverage', 'create', { ...feria, planActivityId: closed })
    expect(error.fields?.planActivityId).toBe('El plan de esta actividad está cerrado.')
    const canal = await catalogueId(o, 'canal', 'Facebook')
    const wrongKind = await o.callError('jefe', 'coverage', 'create', { ...feria, dependenciaId: canal })
    expect(wrongKind.fields?.dependenciaId).toMatch(/no es una dependencia/)
    expect(await o.core.db.selectFrom('coverage_events').select('id').execute()).toHaveLength(0)
  })

  it('solo jefe, profesional y community manager programan; los demás reciben el motivo', async () => {
    for (const client of ['audiovisual', 'disenador', 'archivista', 'administrador']) {
      const error = await o.callError(client, 'coverage', 'create', feria)
      expect(error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/programan eventos/) })
    }
    await o.call('community_manager', 'coverage', 'create', feria)
  })

  it('recorre programado → confirmado → en curso → cubierto, y rechaza los saltos', async () => {
    const event = await programme()
    expect((await o.callError('jefe', 'coverage', 'complete', { id: event.id })).code).toBe('INVALID_TRANSITION')
    expect((await o.callError('jefe', 'coverage', 'start', { id: event.id })).message).toBe(
      'El evento está «Programado»: no se puede marcarlo en curso (primero confírmelo).'
    )
    expect((await o.call('jefe', 'coverage', 'confirm', { id: event.id })).state).toBe('confirmado')
    expect((await o.call('jefe', 'coverage', 'start', { id: event.id })).state).toBe('en_curso')
    expect((await o.callError('jefe', 'coverage', 'postpone', { id: event.id, startsAt: '2026-03-20T09:00:00-05:00', endsAt: '2026-03-20T10:00:00-05:00' })).code).toBe('INVALID_TRANSITION')
    const covered = await o.call('jefe', 'coverage', 'complete', { id: event.id })
    expect(covered).toMatchObject({ state: 'cubierto', allowedActions: [] })
    expect((await o.callError('jefe', 'coverage', 'cancel', { id: event.id, reason: 'Lluvia' })).code).toBe('INVALID_TRANSITION')
  })

  it('aplaza con la nueva fecha (corre las entregas abiertas) y el evento aplazado se confirma de nuevo', async () => {
    const event = await programme()
    await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T15:00:00-05:00' })
    const same = await o.callError('jefe', 'coverage', 'postpone', { id: event.id, startsAt: feria.startsAt, endsAt: feria.endsAt })
    expect(same.fields?.startsAt).toMatch(/misma fecha/)
    const postponed = await o.call('jefe', 'coverage', 'postpone', { id: event.id, startsAt: '2026-03-19T10:00:00-05:00', endsAt: '2026-03-19T13:00:00-05:00' })
    expect(postponed).toMatchObject({ state: 'aplazado', startsAt: '2026-03-19T15:00:00.000Z' })
    expect(postponed.coverages[0]!.dueAt).toBe('2026-03-19T21:00:00.000Z')
    expect((await o.call('jefe', 'coverage', 'confirm', { id: event.id })).state).toBe('confirmado')
    const history = await o.call('jefe', 'audit', 'list', {})
    expect(history.map((h) => h.summary)).toContain(
      'Aplazó el evento «Feria de emprendimiento en el parque principal» del 12/03/2026 09:00–12:00 al 19/03/2026 10:00–13:00'
    )
  })

  it('cancelar exige motivo y cancela los cubrimientos abiertos con él; los entregados se quedan', async () => {
    const event = await programme()
    expect((await o.callError('jefe', 'coverage', 'cancel', { id: event.id, reason: '  ' })).fields?.reason).toBe('El motivo de la cancelación es obligatorio.')
    await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T15:00:00-05:00' })
    await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'nota_escrita', assigneeId: o.users.profesional, dueAt: '2026-03-12T15:00:00-05:00' })
    const cancelled = await o.call('jefe', 'coverage', 'cancel', { id: event.id, reason: 'La Secretaría aplazó la feria sin nueva fecha.' })
    expect(cancelled).toMatchObject({ state: 'cancelado', cancelReason: 'La Secretaría aplazó la feria sin nueva fecha.' })
    expect(cancelled.coverages.map((c) => [c.state, c.cancelReason])).toEqual([
      ['cancelada', 'Se canceló el evento: La Secretaría aplazó la feria sin nueva fecha.'],
      ['cancelada', 'Se canceló el evento: La Secretaría aplazó la feria sin nueva fecha.']
    ])
  })
})

describe('cubrimientos', () => {
  it('asigna a quien tiene el rol de la necesidad (o al jefe) y rechaza a los demás con el motivo', async () => {
    const event = await programme()
    const dueAt = '2026-03-12T16:00:00-05:00'
    const wrong = await o.callError('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.disenador, dueAt })
    expect(wrong).toMatchObject({ code: 'VALIDATION' })
    expect(wrong.fields?.assigneeId).toBe('Juan Pérez (Diseñador(a)) no cubre «Fotografía»: elija a alguien con rol audiovisual, o al jefe de la oficina.')
    await o.core.db.updateTable('users').set({ active: 0 }).where('id', '=', o.users.community_manager).execute()
    const inactive = await o.callError('jefe', 'coverage', 'assign', { eventId: event.id, need: 'redes_en_vivo', assigneeId: o.users.community_manager, dueAt })
    expect(inactive.fields?.assigneeId).toBe('Mateo Herrera está desactivado(a).')
    const early = await o.callError('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T08:00:00-05:00' })
    expect(early.fields?.dueAt).toBe('La entrega debe ser posterior al inicio del evento (12/03/2026 09:00).')
    expect(await o.core.db.selectFrom('coverages').select('id').execute()).toHaveLength(0)

    const { event: withJefe, conflicts } = await o.call('profesional', 'coverage', 'assign', { eventId: event.id, need: 'diseno', assigneeId: o.users.jefe, dueAt })
    expect(conflicts).toEqual([])
    expect(withJefe.coverages).toMatchObject([{ need: 'diseno', assigneeName: 'Laura Gómez', state: 'asignada', dueAt: '2026-03-12T21:00:00.000Z' }])
    expect((await o.callError('audiovisual', 'coverage', 'assign', { eventId: event.id, need: 'video', assigneeId: o.users.audiovisual, dueAt })).code).toBe('FORBIDDEN')
  })

  it('una necesidad va una vez por evento, salvo que la anterior se haya cancelado', async () => {
    const event = await programme()
    const dueAt = '2026-03-12T16:00:00-05:00'
    const first = await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt })
    const twice = await o.callError('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.jefe, dueAt })
    expect(twice).toMatchObject({ code: 'CONFLICT', message: 'Este evento ya tiene fotografía asignada a Sofía Martínez. Reasígnela o cancélela antes de asignarla de nuevo.' })
    await o.call('jefe', 'coverage', 'cancelCoverage', { coverageId: first.event.coverages[0]!.id, reason: 'Sofía está incapacitada.' })
    const again = await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.jefe, dueAt })
    expect(again.event.coverages.map((c) => [c.assigneeName, c.state])).toEqual([
      ['Laura Gómez', 'asignada'],
      ['Sofía Martínez', 'cancelada']
    ])
  })

  it('la persona asignada acepta, inicia y entrega; nadie más acepta; el jefe también marca entregado', async () => {
    const event = await programme()
    const dueAt = '2026-03-12T16:00:00-05:00'
    const { event: assigned } = await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt })
    const coverageId = assigned.coverages[0]!.id
    expect((await o.callError('jefe', 'coverage', 'accept', { coverageId })).code).toBe('FORBIDDEN')
    expect((await o.callError('audiovisual', 'coverage', 'deliver', { coverageId })).code).toBe('INVALID_TRANSITION')
    const accepted = await o.call('audiovisual', 'coverage', 'accept', { coverageId })
    expect(accepted.coverages[0]).toMatchObject({ state: 'aceptada', allowedActions: ['start'] })
    await o.call('audiovisual', 'coverage', 'startCoverage', { coverageId })
    expect((await o.callError('profesional', 'coverage', 'deliver', { coverageId })).code).toBe('FORBIDDEN')
    o.clock.set('2026-03-12T22:00:00Z')
    const delivered = await o.call('audiovisual', 'coverage', 'deliver', { coverageId, notes: '180 fotos en la carpeta compartida.' })
    expect(delivered.coverages[0]).toMatchObject({ state: 'entregada', deliveredAt: '2026-03-12T22:00:00.000Z', notes: '180 fotos en la carpeta compartida.' })
    const audit = await o.core.db.selectFrom('audit_log').select('summary').where('action', '=', 'coverage.delivered').executeTakeFirstOrThrow()
    expect(audit.summary).toBe('Entregó el cubrimiento de fotografía de «Feria de emprendimiento en el parque principal» (después de la hora de entrega)')

    const { event: second } = await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'video', assigneeId: o.users.audiovisual, dueAt })
    const videoId = second.coverages.find((c) => c.need === 'video')!.id
    await o.call('audiovisual', 'coverage', 'accept', { coverageId: videoId })
    await o.call('audiovisual', 'coverage', 'startCoverage', { coverageId: videoId })
    expect((await o.call('jefe', 'coverage', 'deliver', { coverageId: videoId })).coverages.find((c) => c.id === videoId)!.state).toBe('entregada')
  })

  it('reasigna a otra persona del rol y el cubrimiento vuelve a «asignada»', async () => {
    const event = await programme()
    const { event: assigned } = await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'nota_escrita', assigneeId: o.users.profesional, dueAt: '2026-03-12T16:00:00-05:00' })
    const coverageId = assigned.coverages[0]!.id
    await o.call('profesional', 'coverage', 'accept', { coverageId })
    const bad = await o.callError('jefe', 'coverage', 'reassign', { coverageId, assigneeId: o.users.audiovisual, dueAt: '2026-03-12T16:00:00-05:00' })
    expect(bad.fields?.assigneeId).toMatch(/no cubre «Nota escrita»/)
    const { event: moved } = await o.call('jefe', 'coverage', 'reassign', { coverageId, assigneeId: o.users.profesional2, dueAt: '2026-03-12T17:00:00-05:00' })
    expect(moved.coverages[0]).toMatchObject({ assigneeName: 'Camila Díaz', state: 'asignada', dueAt: '2026-03-12T22:00:00.000Z' })
    expect((await o.callError('profesional', 'coverage', 'startCoverage', { coverageId })).code).toBe('FORBIDDEN')
  })
})

describe('cambios de hora', () => {
  it('al corregir la hora del evento, las entregas pendientes se corren lo mismo; las entregadas no', async () => {
    const event = await programme()
    await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T15:00:00-05:00' })
    const { event: both } = await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'video', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T16:00:00-05:00' })
    const videoId = both.coverages.find((c) => c.need === 'video')!.id
    await o.core.db.updateTable('coverages').set({ state: 'entregada', delivered_at: '2026-03-12T21:00:00.000Z' }).where('id', '=', videoId).execute()
    const moved = await o.call('jefe', 'coverage', 'update', { id: event.id, ...feria, startsAt: '2026-03-12T10:30:00-05:00', endsAt: '2026-03-12T13:30:00-05:00' })
    expect(moved.coverages.map((c) => [c.need, c.dueAt])).toEqual([
      ['fotografia', '2026-03-12T21:30:00.000Z'],
      ['video', '2026-03-12T21:00:00.000Z']
    ])
  })
})

describe('cruces de horario', () => {
  it('avisa (sin impedir) cuando la misma persona cubre eventos que se cruzan, nombrando el otro evento', async () => {
    const feriaEvent = await programme()
    await o.call('jefe', 'coverage', 'assign', { eventId: feriaEvent.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T16:00:00-05:00' })
    const consejo = await programme({ title: 'Consejo de gobierno ampliado', startsAt: '2026-03-12T11:00:00-05:00', endsAt: '2026-03-12T13:00:00-05:00', place: 'Salón del Concejo' })
    const asked = await o.call('jefe', 'coverage', 'conflicts', { userId: o.users.audiovisual, startsAt: consejo.startsAt, endsAt: consejo.endsAt, excludeEventId: consejo.id })
    expect(asked).toEqual([
      {
        eventId: feriaEvent.id,
        eventTitle: feria.title,
        startsAt: '2026-03-12T14:00:00.000Z',
        endsAt: '2026-03-12T17:00:00.000Z',
        need: 'fotografia',
        message: 'Sofía Martínez ya cubre «Feria de emprendimiento en el parque principal» (fotografía) el 12/03/2026 09:00–12:00.'
      }
    ])
    const result = await o.call('jefe', 'coverage', 'assign', { eventId: consejo.id, need: 'video', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T18:00:00-05:00' })
    expect(result.conflicts.map((c) => c.eventTitle)).toEqual([feria.title])
    expect(result.event.coverages).toHaveLength(1)
  })

  it('no cuenta eventos que solo se tocan en un extremo, ni eventos o cubrimientos cancelados, ni a otra persona', async () => {
    const first = await programme()
    const { event } = await o.call('jefe', 'coverage', 'assign', { eventId: first.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T16:00:00-05:00' })
    const ask = (startsAt: string, endsAt: string, userId = o.users.audiovisual) => o.call('jefe', 'coverage', 'conflicts', { userId, startsAt, endsAt })
    expect(await ask('2026-03-12T12:00:00-05:00', '2026-03-12T14:00:00-05:00')).toEqual([])
    expect(await ask('2026-03-12T07:00:00-05:00', '2026-03-12T09:00:00-05:00')).toEqual([])
    expect(await ask('2026-03-12T11:59:00-05:00', '2026-03-12T14:00:00-05:00')).toHaveLength(1)
    expect(await ask('2026-03-12T08:00:00-05:00', '2026-03-12T13:00:00-05:00')).toHaveLength(1)
    expect(await ask('2026-03-12T10:00:00-05:00', '2026-03-12T11:00:00-05:00', o.users.jefe)).toEqual([])
    await o.call('jefe', 'coverage', 'cancelCoverage', { coverageId: event.coverages[0]!.id, reason: 'Cambio de equipo' })
    expect(await ask('2026-03-12T10:00:00-05:00', '2026-03-12T11:00:00-05:00')).toEqual([])
    await o.call('jefe', 'coverage', 'assign', { eventId: first.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T16:00:00-05:00' })
    expect(await ask('2026-03-12T10:00:00-05:00', '2026-03-12T11:00:00-05:00')).toHaveLength(1)
    await o.call('jefe', 'coverage', 'cancel', { id: first.id, reason: 'Lluvia' })
    expect(await ask('2026-03-12T10:00:00-05:00', '2026-03-12T11:00:00-05:00')).toEqual([])
  })
})

describe('calendario, agenda e inicio', () => {
  it('lista los eventos del rango (por fecha colombiana) y filtra por persona', async () => {
    const late = await programme({ title: 'Serenata a Cajicá', startsAt: '2026-03-12T20:00:00-05:00', endsAt: '2026-03-12T23:00:00-05:00' })
    const morning = await programme()
    await programme({ title: 'Cabildo abierto', startsAt: '2026-03-13T09:00:00-05:00', endsAt: '2026-03-13T11:00:00-05:00' })
    await o.call('jefe', 'coverage', 'assign', { eventId: late.id, need: 'video', assigneeId: o.users.audiovisual, dueAt: '2026-03-13T10:00:00-05:00' })
    const day = await o.call('disenador', 'coverage', 'list', { from: '2026-03-12', to: '2026-03-12' })
    // 20:00–23:00 in Cajicá is already the 13th in UTC: the day is Colombian.
    expect(day.map((e) => e.id)).toEqual([morning.id, late.id])
    expect((await o.call('jefe', 'coverage', 'list', { from: '2026-03-12', to: '2026-03-13' })).map((e) => e.title)).toHaveLength(3)
    const mine = await o.call('jefe', 'coverage', 'list', { from: '2026-03-09', to: '2026-03-15', assigneeId: o.users.audiovisual })
    expect(mine.map((e) => [e.title, e.coverages.map((c) => c.assigneeName)])).toEqual([['Serenata a Cajicá', ['Sofía Martínez']]])
    expect((await o.callError('jefe', 'coverage', 'list', { from: '2026-03-13', to: '2026-03-12' })).fields?.to).toMatch(/posterior a la inicial/)
  })

  it('Mi agenda separa hoy, lo que viene y la semana pasada; Inicio trae los eventos de hoy con quién cubre', async () => {
    o.clock.set('2026-03-12T13:00:00Z')
    const today = await programme()
    const tomorrow = await programme({ title: 'Cabildo abierto', startsAt: '2026-03-13T09:00:00-05:00', endsAt: '2026-03-13T11:00:00-05:00' })
    const lastWeek = await programme({ title: 'Rendición de cuentas', startsAt: '2026-03-06T09:00:00-05:00', endsAt: '2026-03-06T11:00:00-05:00' })
    const longAgo = await programme({ title: 'Evento viejo', startsAt: '2026-02-01T09:00:00-05:00', endsAt: '2026-02-01T11:00:00-05:00' })
    for (const [id, need] of [
      [today.id, 'fotografia'],
      [tomorrow.id, 'video'],
      [lastWeek.id, 'fotografia'],
      [longAgo.id, 'fotografia']
    ] as const) {
      const event = (await o.call('jefe', 'coverage', 'get', { id }))
      await o.call('jefe', 'coverage', 'assign', { eventId: id, need, assigneeId: o.users.audiovisual, dueAt: new Date(Date.parse(event.endsAt) + 3_600_000).toISOString() })
    }
    // The old one was delivered: it leaves the agenda once it is more than a week old.
    const old = await o.core.db.selectFrom('coverages').select('id').where('event_id', '=', longAgo.id).executeTakeFirstOrThrow()
    await o.core.db.updateTable('coverages').set({ state: 'entregada', delivered_at: '2026-02-01T20:00:00.000Z' }).where('id', '=', old.id).execute()

    const agenda = await o.call('audiovisual', 'coverage', 'agenda', {})
    expect(agenda.today.map((i) => [i.eventTitle, i.need, i.allowedActions])).toEqual([[feria.title, 'fotografia', ['accept']]])
    expect(agenda.upcoming.map((i) => i.eventTitle)).toEqual(['Cabildo abierto'])
    expect(agenda.pastWeek.map((i) => i.eventTitle)).toEqual(['Rendición de cuentas'])
    expect(await o.call('profesional', 'coverage', 'agenda', {})).toEqual({ today: [], upcoming: [], pastWeek: [] })

    const home = await o.call('jefe', 'coverage', 'today', {})
    expect(home.map((e) => [e.title, e.coverages.map((c) => c.assigneeName)])).toEqual([[feria.title, ['Sofía Martínez']]])
    await o.call('jefe', 'coverage', 'cancel', { id: today.id, reason: 'Lluvia' })
    expect(await o.call('jefe', 'coverage', 'today', {})).toEqual([])
  })
})

describe('del evento cubierto a las piezas y al archivo', () => {
  async function coveredEvent() {
    const event = await programme()
    const { event: assigned } = await o.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: o.users.audiovisual, dueAt: '2026-03-12T16:00:00-05:00' })
    const coverageId = assigned.coverages[0]!.id
    await o.call('jefe', 'coverage', 'confirm', { id: event.id })
    await o.call('jefe', 'coverage', 'start', { id: event.id })
    return { event, coverageId }
  }

  it('crea una pieza por cubrimiento entregado, una sola vez, y la muestra en el evento', async () => {
    const activityId = await addPlanActivity(o)
    const { event, coverageId } = await coveredEvent()
    const piece = {
      coverageId,
      title: `Fotos: ${feria.title}`,
      type: 'publicacion_redes' as const,
      activityId,
      writerId: o.users.community_manager,
      dueDate: '2026-03-13'
    }
    expect((await o.callError('jefe', 'coverage', 'createPiece', piece)).code).toBe('INVALID_TRANSITION')
    await o.call('audiovisual', 'coverage', 'accept', { coverageId })
    await o.call('audiovisual', 'coverage', 'startCoverage', { coverageId })
    await o.call('audiovisual', 'coverage', 'deliver', { coverageId })
    expect((await o.callError('disenador', 'coverage', 'createPiece', piece)).code).toBe('FORBIDDEN')
    const before = await auditCount(o)
    const badActivity = await o.callError('jefe', 'coverage', 'createPiece', { ...piece, activityId: 9999 })
    expect(badActivity.fields?.activityId).toBeDefined()
    expect(await auditCount(o)).toBe(before)

    const created = await o.call('jefe', 'coverage', 'createPiece', piece)
    expect(created.code).toMatch(/^PZ-2026-/)
    const detail = await o.call('jefe', 'coverage', 'get', { id: event.id })
    expect(detail.coverages[0]).toMatchObject({ pieceId: created.pieceId, pieceCode: created.code })
    expect((await o.call('jefe', 'pieces', 'get', { id: created.pieceId })).title).toBe(`Fotos: ${feria.title}`)
    expect((await o.callError('jefe', 'coverage', 'createPiece', piece)).message).toBe(`Este cubrimiento ya tiene su pieza, ${created.code}. Ábrala desde el evento.`)
  })

  it('vincula (o crea una sola vez) el evento del archivo con la plantilla de ingesta', async () => {
    await o.call('jefe', 'settings', 'update', { entityName: 'Alcaldía de Cajicá', officeName: 'Oficina Asesora de Comunicaciones', city: 'Cajicá', nit: '' })
    const programado = await programme({ title: 'Otro evento' })
    expect((await o.callError('jefe', 'coverage', 'archiveEvent', { eventId: programado.id })).code).toBe('INVALID_TRANSITION')
    const { event } = await coveredEvent()
    expect((await o.callError('profesional', 'coverage', 'archiveEvent', { eventId: event.id })).code).toBe('FORBIDDEN')
    const template = await o.call('audiovisual', 'coverage', 'archiveEvent', { eventId: event.id })
    expect(template).toMatchObject({ place: feria.place, city: 'Cajicá', creator: 'Sofía Martínez', dependenciaId: null })
    const archived = await o.call('jefe', 'archive', 'events', {})
    expect(archived).toMatchObject([{ id: template.archiveEventId, name: feria.title, date: '2026-03-12', place: feria.place }])
    expect(await o.call('jefe', 'coverage', 'archiveEvent', { eventId: event.id })).toEqual(template)
    expect(await o.call('jefe', 'archive', 'events', {})).toHaveLength(1)
    expect((await o.call('jefe', 'coverage', 'get', { id: event.id })).archiveEventId).toBe(template.archiveEventId)
  })

  it('reutiliza el evento del archivo que alguien ya creó con el mismo nombre y día', async () => {
    const existing = await o.call('archivista', 'archive', 'saveEvent', { name: 'FERIA de emprendimiento en el parque principal', date: '2026-03-12', place: 'Parque', description: '' })
    const { event } = await coveredEvent()
    const template = await o.call('jefe', 'coverage', 'archiveEvent', { eventId: event.id })
    expect(template.archiveEventId).toBe(existing.id)
    expect(await o.call('jefe', 'archive', 'events', {})).toHaveLength(1)
  })
})
