import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { InquiryAction } from '../../src/shared/contract/inquiries'
import { INQUIRY_LIST_LIMIT, type InquiryState } from '../../src/shared/domain/inquiries'
import { makeOffice } from '../support/core'
import { catalogueId, type Office } from '../support/fixtures'

// The test clock starts on Tuesday 10 March 2026, 09:00 in Colombia (14:00 UTC).
const RECEIVED = '2026-03-10T08:30:00-05:00'

async function register(t: Office, overrides: { receivedAt?: string; assigneeId?: number | null; citizen?: string } = {}) {
  return t.call('community_manager', 'inquiries', 'create', {
    channel: 'facebook',
    receivedAt: overrides.receivedAt ?? RECEIVED,
    citizen: overrides.citizen ?? '@vecina.cajica',
    text: '¿Hasta qué fecha hay descuento en el impuesto predial?',
    topic: 'Impuesto predial',
    assigneeId: overrides.assigneeId ?? null
  })
}

const auditCount = async (t: Office) => (await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n

describe('inquiries through the contract', () => {
  let t: Office
  afterEach(async () => t?.dispose())

  it('registers, assigns and answers an inquiry within the network term, with who and when', async () => {
    t = await makeOffice()
    const created = await register(t)
    expect(created).toMatchObject({ state: 'recibida', termKind: 'redes', termDays: 2, dueOn: '2026-03-12', urgency: 'en_termino', workingDaysLeft: 2, repliedAt: null })
    expect(created.allowedActions).toEqual(['update', 'assign', 'reply'])

    const assigned = await t.call('jefe', 'inquiries', 'assign', { id: created.id, assigneeId: t.users.profesional })
    expect(assigned).toMatchObject({ state: 'asignada', assigneeId: t.users.profesional, assigneeName: 'Andrés Rojas' })

    t.clock.set('2026-03-11T20:15:00Z')
    const replied = await t.call('profesional', 'inquiries', 'reply', {
      id: created.id,
      replyText: 'El descuento del 10 % va hasta el 30 de abril. Puede pagar en línea.'
    })
    expect(replied).toMatchObject({
      state: 'respondida',
      repliedAt: '2026-03-11T20:15:00.000Z',
      repliedById: t.users.profesional,
      repliedByName: 'Andrés Rojas',
      answeredInTerm: true,
      urgency: null,
      workingDaysLeft: null
    })
    expect(replied.history.map((h) => h.summary)).toEqual([
      'Registró la inquietud N.º 1 de @vecina.cajica recibida por Facebook: «¿Hasta qué fecha hay descuento en el impuesto predial?»; vence el 12/03/2026',
      'Asignó la inquietud N.º 1 de @vecina.cajica a Andrés Rojas',
      'Respondió la inquietud N.º 1 de @vecina.cajica el 11/03/2026, 3:15 p. m., dentro del término'
    ])
    expect(replied.history.map((h) => h.actorName)).toEqual(['Mateo Herrera', 'Laura Gómez', 'Andrés Rojas'])

    const closed = await t.call('community_manager', 'inquiries', 'close', { id: created.id })
    expect(closed.state).toBe('cerrada')
    expect(closed.allowedActions).toEqual([])
  })

  it('counts the term from the working day after receipt; after hours, weekends and holidays count from the next working day', async () => {
    t = await makeOffice()
    t.clock.set('2026-04-10T15:00:00Z')
    const cases: [string, string][] = [
      // Friday 13 March 16:59: still office hours, received that Friday.
      ['2026-03-13T16:59:00-05:00', '2026-03-17'],
      // Friday 13 March 17:00: after hours, received on Monday 16.
      ['2026-03-13T17:00:00-05:00', '2026-03-18'],
      // Saturday 14 March: received on Monday 16.
      ['2026-03-14T10:00:00-05:00', '2026-03-18'],
      // Wednesday 1 April 2026, before Jueves and Viernes Santo.
      ['2026-04-01T09:00:00-05:00', '2026-04-07'],
      // Jueves Santo itself: received on Monday 6 April.
      ['2026-04-02T11:00:00-05:00', '2026-04-08'],
      // Late on Thursday 19 March 2026 (San José moved to Monday 23): received Friday 20, due Wednesday 25.
      ['2026-03-19T22:00:00-05:00', '2026-03-25']
    ]
    for (const [receivedAt, due] of cases) expect((await register(t, { receivedAt })).dueOn, receivedAt).toBe(due)
  })

  it('recomputes the due date with the legal term from the received date when it becomes a formal petition', async () => {
    t = await makeOffice()
    const terms = [
      ['peticion_general', 15, '2026-04-01'],
      ['documentos', 10, '2026-03-25'],
      ['consulta', 30, '2026-04-24']
    ] as const
    for (const [termKind, days, due] of terms) {
      const inquiry = await register(t, { assigneeId: t.users.community_manager })
      const moved = await t.call('community_manager', 'inquiries', 'transferToPqrs', { id: inquiry.id, termKind, radicado: 'PQRS-2026-00871' })
      expect(moved).toMatchObject({ state: 'trasladada_pqrs', termKind, termDays: days, dueOn: due, pqrsRadicado: 'PQRS-2026-00871' })
    }
    const [last] = (await t.call('jefe', 'inquiries', 'list', { state: 'trasladada_pqrs' })).slice(-1)
    expect(last?.dueOn).toBe('2026-04-24')
  })

  it('refuses a reply dated before the inquiry was received, or in the future, and stores nothing', async () => {
    t = await makeOffice()
    const inquiry = await register(t, { assigneeId: t.users.profesional })
    const before = await auditCount(t)

    const early = await t.callError('profesional', 'inquiries', 'reply', { id: inquiry.id, replyText: 'Respuesta', repliedAt: '2026-03-10T08:00:00-05:00' })
    expect(early.code).toBe('VALIDATION')
    expect(early.message).toBe('La respuesta no puede ser anterior a la recepción de la inquietud (10/03/2026, 8:30 a. m.). Revise la fecha y la hora.')
    expect(early.fields?.repliedAt).toBe(early.message)

    const future = await t.callError('profesional', 'inquiries', 'reply', { id: inquiry.id, replyText: 'Respuesta', repliedAt: '2026-03-10T12:00:00-05:00' })
    expect(future.code).toBe('VALIDATION')
    expect(future.fields?.repliedAt).toContain('no puede ser en el futuro')

    const empty = await t.callError('profesional', 'inquiries', 'reply', { id: inquiry.id, replyText: '  ' })
    expect(empty.fields?.replyText).toBe('El texto de la respuesta es obligatorio.')

    const unchanged = await t.call('jefe', 'inquiries', 'get', { id: inquiry.id })
    expect(unchanged).toMatchObject({ state: 'asignada', repliedAt: null, replyText: '', repliedById: null })
    expect(await auditCount(t)).toBe(before)

    // A reply given earlier than now but after receipt is recorded at the time given.
    const ok = await t.call('profesional', 'inquiries', 'reply', { id: inquiry.id, replyText: 'Respuesta', repliedAt: '2026-03-10T08:45:00-05:00' })
    expect(ok.repliedAt).toBe('2026-03-10T13:45:00.000Z')
  })

  it('keeps replies to the assignee or the jefe, and assignees to the roles that answer inquiries', async () => {
    t = await makeOffice()
    const inquiry = await register(t, { assigneeId: t.users.profesional })
    const other = await t.callError('profesional2', 'inquiries', 'reply', { id: inquiry.id, replyText: 'Hola' })
    expect(other).toMatchObject({ code: 'FORBIDDEN', message: 'La inquietud está asignada a Andrés Rojas: solo esa persona o el jefe de la oficina registran la respuesta.' })
    expect((await t.call('profesional2', 'inquiries', 'get', { id: inquiry.id })).allowedActions).not.toContain('reply')
    expect((await t.call('jefe', 'inquiries', 'reply', { id: inquiry.id, replyText: 'Hola' })).repliedByName).toBe('Laura Gómez')

    const designer = await t.callError('disenador', 'inquiries', 'create', {
      channel: 'x',
      receivedAt: RECEIVED,
      citizen: '@alguien',
      text: 'Pregunta'
    })
    expect(designer.code).toBe('FORBIDDEN')
    expect((await t.call('disenador', 'inquiries', 'get', { id: inquiry.id })).allowedActions).toEqual([])

    const badAssignee = await t.callError('jefe', 'inquiries', 'create', {
      channel: 'x',
      receivedAt: RECEIVED,
      citizen: '@alguien',
      text: 'Pregunta',
      assigneeId: t.users.disenador
    })
    expect(badAssignee.code).toBe('VALIDATION')
    expect(badAssignee.fields?.assigneeId).toBe('Juan Pérez (Diseñador(a)) no atiende inquietudes ciudadanas. Elija al jefe, un profesional o el community manager.')

    const future = await t.callError('jefe', 'inquiries', 'create', { channel: 'x', receivedAt: '2026-03-11T08:00:00-05:00', citizen: '@a', text: 'b' })
    expect(future.fields?.receivedAt).toContain('no puede ser en el futuro')
    const badChannel = await t.callError('jefe', 'inquiries', 'create', { channel: 'telegrama' as 'x', receivedAt: RECEIVED, citizen: '@a', text: 'b' })
    expect(badChannel.fields?.channel).toBe('Elija el canal por el que llegó la inquietud.')
    expect(await t.call('jefe', 'inquiries', 'list')).toHaveLength(1)
  })

  it('lets the jefe or an administrator change the network term for new inquiries only', async () => {
    t = await makeOffice()
    const first = await register(t)
    expect(await t.call('profesional', 'inquiries', 'settings')).toEqual({ networkTermDays: 2, updatedAt: null, updatedByName: null })
    expect((await t.callError('profesional', 'inquiries', 'saveSettings', { networkTermDays: 3 })).code).toBe('FORBIDDEN')
    expect((await t.callError('jefe', 'inquiries', 'saveSettings', { networkTermDays: 0 })).fields?.networkTermDays).toBe('El término es de al menos 1 día hábil.')

    const saved = await t.call('administrador', 'inquiries', 'saveSettings', { networkTermDays: 3 })
    expect(saved).toMatchObject({ networkTermDays: 3, updatedByName: 'Diego Ramírez' })
    expect((await t.call('jefe', 'inquiries', 'get', { id: first.id })).dueOn).toBe('2026-03-12')
    const second = await register(t)
    expect(second).toMatchObject({ termDays: 3, dueOn: '2026-03-13' })
    // Correcting the received time keeps the term the inquiry was registered with.
    const corrected = await t.call('community_manager', 'inquiries', 'update', {
      id: first.id,
      channel: 'instagram',
      receivedAt: '2026-03-09T10:00:00-05:00',
      citizen: '@vecina.cajica',
      text: 'Texto corregido',
      topic: 'Predial'
    })
    expect(corrected).toMatchObject({ channel: 'instagram', termDays: 2, dueOn: '2026-03-11', text: 'Texto corregido' })
    const audit = await t.call('jefe', 'audit', 'list', { entityType: 'inquiry_settings' })
    expect(audit[0]?.summary).toBe('Cambió el término de respuesta de las inquietudes en redes de 2 días hábiles a 3 días hábiles')
  })

  it('puts the overdue and the ones due today first, and filters by state, assignee, channel and text', async () => {
    t = await makeOffice()
    t.clock.set('2026-03-13T15:00:00Z')
    const overdue = await register(t, { receivedAt: '2026-03-06T09:00:00-05:00', citizen: '@atrasada', assigneeId: t.users.profesional })
    const today = await register(t, { receivedAt: '2026-03-11T09:00:00-05:00', citizen: '@hoy' })
    const later = await register(t, { receivedAt: '2026-03-13T09:00:00-05:00', citizen: '@después', assigneeId: t.users.community_manager })
    const answered = await register(t, { receivedAt: '2026-03-12T09:00:00-05:00', citizen: '@respondida' })
    await t.call('jefe', 'inquiries', 'reply', { id: answered.id, replyText: 'Listo' })

    const list = await t.call('jefe', 'inquiries', 'list')
    expect(list.map((r) => [r.citizen, r.urgency, r.workingDaysLeft])).toEqual([
      ['@atrasada', 'vencida', -3],
      ['@hoy', 'vence_hoy', 0],
      ['@después', 'en_termino', 2],
      ['@respondida', null, null]
    ])
    expect((await t.call('jefe', 'inquiries', 'list', { assigneeId: t.users.profesional })).map((r) => r.id)).toEqual([overdue.id])
    expect((await t.call('jefe', 'inquiries', 'list', { state: 'recibida' })).map((r) => r.id)).toEqual([today.id])
    expect((await t.call('jefe', 'inquiries', 'list', { openOnly: true })).map((r) => r.id)).toEqual([overdue.id, today.id, later.id])
    expect(await t.call('jefe', 'inquiries', 'list', { channel: 'whatsapp' })).toEqual([])
    expect((await t.call('jefe', 'inquiries', 'list', { search: 'DESPU' })).map((r) => r.id)).toEqual([later.id])

    const due = await t.call('archivista', 'inquiries', 'due')
    expect(due.today).toBe('2026-03-13')
    expect(due.dueToday.map((r) => r.id)).toEqual([today.id])
    expect(due.overdue.map((r) => r.id)).toEqual([overdue.id])
  })

  it('answers at most the list limit, keeping every open inquiry in', async () => {
    t = await makeOffice()
    const open = await register(t, { receivedAt: '2026-01-05T09:00:00-05:00' })
    const answered = Array.from({ length: INQUIRY_LIST_LIMIT + 10 }, (_, i) => ({
      channel: 'facebook' as const,
      received_at: new Date(Date.parse('2026-02-01T14:00:00Z') + i * 60_000).toISOString(),
      citizen: `@vecino${i}`,
      text: 'Pregunta',
      assignee_id: t.users.jefe,
      reply_text: 'Respuesta',
      replied_at: '2026-03-01T14:00:00.000Z',
      replied_by: t.users.jefe,
      state: 'respondida' as const,
      term_days: 2,
      due_on: '2026-02-04',
      created_by: t.users.jefe,
      created_at: '2026-03-01T14:00:00.000Z',
      updated_at: '2026-03-01T14:00:00.000Z'
    }))
    await t.core.db.insertInto('inquiries').values(answered).execute()
    const list = await t.call('jefe', 'inquiries', 'list')
    expect(list).toHaveLength(INQUIRY_LIST_LIMIT)
    expect(list[0]?.id).toBe(open.id)
    expect(list[1]?.citizen).toBe(`@vecino${INQUIRY_LIST_LIMIT + 9}`)
  })

  it('turns the control point into a figure: the share answered within term', async () => {
    t = await makeOffice()
    t.clock.set('2026-03-02T14:00:00Z')
    const inTime = await register(t, { receivedAt: '2026-03-02T08:00:00-05:00', assigneeId: t.users.profesional })
    const late = await register(t, { receivedAt: '2026-03-02T08:10:00-05:00', assigneeId: t.users.profesional })
    const lastDay = await register(t, { receivedAt: '2026-03-02T08:20:00-05:00', assigneeId: t.users.profesional })
    const neverAnswered = await register(t, { receivedAt: '2026-03-02T08:30:00-05:00', assigneeId: t.users.profesional })
    t.clock.set('2026-03-03T14:00:00Z')
    await t.call('profesional', 'inquiries', 'reply', { id: inTime.id, replyText: 'Respuesta' })
    // Due Wednesday 4 March: a reply at 23:30 that day (Colombia) is still on time.
    t.clock.set('2026-03-05T04:30:00Z')
    await t.call('profesional', 'inquiries', 'reply', { id: lastDay.id, replyText: 'Respuesta' })
    t.clock.set('2026-03-06T14:00:00Z')
    await t.call('profesional', 'inquiries', 'reply', { id: late.id, replyText: 'Respuesta' })
    const pending = await register(t, { receivedAt: '2026-03-06T08:00:00-05:00' })
    // Outside the period: received in February.
    await register(t, { receivedAt: '2026-02-27T08:00:00-05:00' })

    const figures = await t.call('profesional', 'inquiries', 'figures', { from: '2026-03-01', to: '2026-03-31' })
    expect(figures).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      received: 5,
      answered: 3,
      answeredInTerm: 2,
      answeredLate: 1,
      pendingInTerm: 1,
      overdueOpen: 1,
      shareInTerm: 2 / 4
    })
    expect((await t.call('jefe', 'inquiries', 'get', { id: late.id })).answeredInTerm).toBe(false)
    expect((await t.call('jefe', 'inquiries', 'get', { id: lastDay.id })).answeredInTerm).toBe(true)
    expect(neverAnswered.id).toBeGreaterThan(0)
    expect(pending.urgency).toBe('en_termino')
    expect(await t.call('jefe', 'inquiries', 'figures', { from: '2026-04-01', to: '2026-04-30' })).toMatchObject({ received: 0, shareInTerm: null })
    expect((await t.callError('jefe', 'inquiries', 'figures', { from: '2026-03-31', to: '2026-03-01' })).code).toBe('VALIDATION')
  })
})

describe('the inquiry state machine', () => {
  let t: Office
  beforeAll(async () => {
    t = await makeOffice()
  })
  afterAll(async () => t?.dispose())

  // Written out by hand from the process, independently of the table in src/main/inquiries/rules.ts.
  const LEGAL: Record<InquiryState, Partial<Record<InquiryAction, InquiryState>>> = {
    recibida: { update: 'recibida', assign: 'asignada', reply: 'respondida' },
    asignada: { update: 'asignada', assign: 'asignada', consult: 'en_consulta', reply: 'respondida', transferToPqrs: 'trasladada_pqrs' },
    en_consulta: { update: 'en_consulta', assign: 'en_consulta', consult: 'en_consulta', reply: 'respondida', transferToPqrs: 'trasladada_pqrs' },
    trasladada_pqrs: { assign: 'trasladada_pqrs', reply: 'respondida' },
    respondida: { close: 'cerrada' },
    cerrada: {}
  }
  const STATES = Object.keys(LEGAL) as InquiryState[]
  const ACTIONS: InquiryAction[] = ['update', 'assign', 'consult', 'reply', 'transferToPqrs', 'close']

  async function inState(state: InquiryState): Promise<number> {
    const { id } = await register(t, { assigneeId: state === 'recibida' ? null : t.users.profesional })
    const dependenciaId = await catalogueId(t, 'dependencia', 'Secretaría de Hacienda')
    if (state === 'en_consulta') await t.call('jefe', 'inquiries', 'consult', { id, dependenciaId })
    if (state === 'trasladada_pqrs') await t.call('jefe', 'inquiries', 'transferToPqrs', { id, termKind: 'peticion_general' })
    if (state === 'respondida' || state === 'cerrada') await t.call('jefe', 'inquiries', 'reply', { id, replyText: 'Respuesta' })
    if (state === 'cerrada') await t.call('jefe', 'inquiries', 'close', { id })
    return id
  }

  async function act(action: InquiryAction, id: number) {
    const dependenciaId = await catalogueId(t, 'dependencia', 'Secretaría de Salud')
    switch (action) {
      case 'update':
        return t.dispatch('jefe', 'inquiries', 'update', { id, channel: 'x', receivedAt: RECEIVED, citizen: '@corregido', text: 'Texto', topic: '' })
      case 'assign':
        return t.dispatch('jefe', 'inquiries', 'assign', { id, assigneeId: t.users.profesional2 })
      case 'consult':
        return t.dispatch('jefe', 'inquiries', 'consult', { id, dependenciaId })
      case 'reply':
        return t.dispatch('jefe', 'inquiries', 'reply', { id, replyText: 'Respuesta final' })
      case 'transferToPqrs':
        return t.dispatch('jefe', 'inquiries', 'transferToPqrs', { id, termKind: 'documentos' })
      case 'close':
        return t.dispatch('jefe', 'inquiries', 'close', { id })
    }
  }

  const cases = STATES.flatMap((state) => ACTIONS.map((action) => [state, action, LEGAL[state][action] ?? null] as const))

  it.each(cases)('%s → %s: %s', async (state, action, to) => {
    const id = await inState(state)
    expect((await t.call('jefe', 'inquiries', 'get', { id })).state).toBe(state)
    const result = await act(action, id)
    const after = await t.call('jefe', 'inquiries', 'get', { id })
    if (to === null) {
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
      expect(after.state).toBe(state)
      expect(after.allowedActions).not.toContain(action)
    } else {
      expect(result.ok).toBe(true)
      expect(after.state).toBe(to)
    }
  })
})

describe('0009_inquiries schema', () => {
  let t: Office
  beforeAll(async () => {
    t = await makeOffice()
  })
  afterAll(async () => t?.dispose())

  it('refuses rows that break the rules, whatever writes them', async () => {
    const sqlite = t.core.db
    const base = {
      channel: 'facebook' as const,
      received_at: '2026-03-10T13:30:00.000Z',
      citizen: '@a',
      text: 'b',
      topic: '',
      dependencia_id: null,
      assignee_id: null,
      reply_text: '',
      replied_at: null,
      replied_by: null,
      state: 'recibida' as const,
      term_kind: 'redes' as const,
      term_days: 2,
      due_on: '2026-03-12',
      pqrs_radicado: '',
      created_by: t.users.jefe,
      created_at: '2026-03-10T14:00:00.000Z',
      updated_at: '2026-03-10T14:00:00.000Z'
    }
    const insert = (patch: Record<string, unknown>) => sqlite.insertInto('inquiries').values({ ...base, ...patch } as typeof base).execute()
    await insert({})
    const answered = { state: 'respondida', assignee_id: t.users.jefe, reply_text: 'Sí', replied_by: t.users.jefe }
    await insert({ ...answered, replied_at: '2026-03-10T15:00:00.000Z' })
    for (const bad of [
      { channel: 'telegrama' },
      { state: 'archivada' },
      { term_kind: 'tutela' },
      { term_days: 0 },
      { citizen: '' },
      { ...answered, replied_at: '2026-03-10T13:00:00.000Z' },
      { ...answered, replied_at: null, replied_by: null },
      { state: 'asignada' },
      { state: 'en_consulta', assignee_id: t.users.jefe },
      { state: 'trasladada_pqrs', assignee_id: t.users.jefe },
      { reply_text: 'respuesta sin fecha' }
    ]) {
      await expect(insert(bad), JSON.stringify(bad)).rejects.toThrow(/CHECK/)
    }
    await expect(sqlite.insertInto('inquiry_settings').values({ id: 1, network_term_days: 16, updated_at: base.created_at, updated_by: t.users.jefe }).execute()).rejects.toThrow(/CHECK/)
    await expect(sqlite.insertInto('inquiry_settings').values({ id: 2, network_term_days: 2, updated_at: base.created_at, updated_by: t.users.jefe }).execute()).rejects.toThrow(/CHECK/)
  })
})
