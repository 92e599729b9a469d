import { afterEach, describe, expect, it } from 'vitest'
import { makeOffice } from '../support/core'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
afterEach(async () => t?.dispose())

const auditCount = async () =>
  (await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
const lastAudit = () => t.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
const approval = async (client: string) => {
  const session = (await t.call(client, 'app', 'status')).session!
  return { canApprove: session.canApprove, delegationEndsOn: session.delegationEndsOn }
}

describe('delegation of approval', () => {
  it('is in force from the first to the last day, both included, in Colombian time', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const created = await t.call('jefe', 'delegations', 'create', {
      delegateId: t.users.profesional,
      startsOn: '2026-03-12',
      endsOn: '2026-03-15',
      note: 'Vacaciones de la jefe'
    })
    expect(created).toMatchObject({
      delegateId: t.users.profesional,
      delegateName: 'Andrés Rojas',
      startsOn: '2026-03-12',
      endsOn: '2026-03-15',
      note: 'Vacaciones de la jefe',
      revokedAt: null,
      activeNow: false
    })
    expect(await auditCount()).toBe(before + 1)
    expect(await lastAudit()).toMatchObject({
      action: 'delegations.created',
      entity_type: 'delegation',
      entity_id: created.id,
      actor_id: t.users.jefe,
      summary: 'Delegó la aprobación de piezas en Andrés Rojas del 12/03/2026 al 15/03/2026'
    })
    const stored = await t.core.db.selectFrom('delegations').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow()
    expect(stored.delegator_id).toBe(t.users.jefe)

    // 23:59 of 11/03 in Bogotá is 04:59Z on 12/03: still the day before.
    const moments: [string, boolean][] = [
      ['2026-03-12T04:59:00Z', false],
      ['2026-03-12T05:00:00Z', true],
      ['2026-03-14T18:00:00Z', true],
      ['2026-03-16T04:59:00Z', true],
      ['2026-03-16T05:00:00Z', false]
    ]
    for (const [instant, active] of moments) {
      t.clock.set(instant)
      expect(await approval('profesional'), instant).toEqual({ canApprove: active, delegationEndsOn: active ? '2026-03-15' : null })
      const [listed] = await t.call('jefe', 'delegations', 'list')
      expect(listed!.activeNow, instant).toBe(active)
    }
    expect(await approval('profesional2')).toEqual({ canApprove: false, delegationEndsOn: null })
  })

  it('revoking ends the right at once; a delegation cannot be revoked twice', async () => {
    t = await makeOffice()
    const d = await t.call('jefe', 'delegations', 'create', { delegateId: t.users.community_manager, startsOn: '2026-03-10', endsOn: '2026-03-20' })
    expect(d.activeNow).toBe(true)
    expect((await approval('community_manager')).canApprove).toBe(true)

    t.clock.set('2026-03-11T15:30:00Z')
    const before = await auditCount()
    const revoked = await t.call('jefe', 'delegations', 'revoke', { id: d.id })
    expect(revoked).toMatchObject({ id: d.id, revokedAt: '2026-03-11T15:30:00.000Z', activeNow: false })
    expect(await auditCount()).toBe(before + 1)
    expect(await lastAudit()).toMatchObject({
      action: 'delegations.revoked',
      entity_id: d.id,
      summary: 'Revocó la delegación de aprobación de Mateo Herrera (del 10/03/2026 al 20/03/2026)'
    })
    expect(await approval('community_manager')).toEqual({ canApprove: false, delegationEndsOn: null })

    const again = await t.callError('jefe', 'delegations', 'revoke', { id: d.id })
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION', message: 'Esta delegación ya fue revocada.' })
    expect(await auditCount()).toBe(before + 1)
    expect((await t.callError('jefe', 'delegations', 'revoke', { id: 999 })).code).toBe('NOT_FOUND')
  })

  it('a delegation that already ended is history: it cannot be revoked', async () => {
    t = await makeOffice()
    const d = await t.call('jefe', 'delegations', 'create', { delegateId: t.users.profesional, startsOn: '2026-03-10', endsOn: '2026-03-11' })
    t.clock.set('2026-03-13T15:00:00Z')
    const error = await t.callError('jefe', 'delegations', 'revoke', { id: d.id })
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', message: 'Esta delegación terminó el 11/03/2026; ya no hay nada que revocar.' })
  })

  it('refuses an end before the start through the schema', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const error = await t.callError('jefe', 'delegations', 'create', { delegateId: t.users.profesional, startsOn: '2026-03-15', endsOn: '2026-03-14' })
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { endsOn: 'La fecha final no puede ser anterior a la fecha inicial.' } })
    expect(await auditCount()).toBe(before)
  })

  it('only to an active person who is not a jefe, and never to oneself', async () => {
    t = await makeOffice()
    const otherJefe = await t.call('jefe', 'users', 'create', { username: 'jefe2', fullName: 'Pedro Vargas', role: 'jefe', email: '', password: 'clave-segura-2' })
    await t.call('jefe', 'users', 'update', { id: t.users.audiovisual, fullName: 'Sofía Martínez', role: 'audiovisual', email: '', active: false })
    const before = await auditCount()
    const dates = { startsOn: '2026-03-12', endsOn: '2026-03-13' }

    const self = await t.callError('jefe', 'delegations', 'create', { delegateId: t.users.jefe, ...dates })
    expect(self).toMatchObject({ code: 'VALIDATION', fields: { delegateId: 'Elija a otra persona.' } })
    const jefe = await t.callError('jefe', 'delegations', 'create', { delegateId: otherJefe.id, ...dates })
    expect(jefe).toMatchObject({ code: 'VALIDATION', message: 'Pedro Vargas ya es jefe y puede aprobar sin delegación.' })
    const inactive = await t.callError('jefe', 'delegations', 'create', { delegateId: t.users.audiovisual, ...dates })
    expect(inactive).toMatchObject({ code: 'VALIDATION', fields: { delegateId: 'La cuenta está desactivada.' } })
    expect((await t.callError('jefe', 'delegations', 'create', { delegateId: 999, ...dates })).code).toBe('NOT_FOUND')

    expect(await auditCount()).toBe(before)
    expect(await t.core.db.selectFrom('delegations').selectAll().execute()).toEqual([])
  })

  it('refuses overlapping delegations for the same person, allows back-to-back ones and others after a revocation', async () => {
    t = await makeOffice()
    const first = await t.call('jefe', 'delegations', 'create', { delegateId: t.users.profesional, startsOn: '2026-03-12', endsOn: '2026-03-15' })
    const before = await auditCount()
    for (const [startsOn, endsOn] of [['2026-03-15', '2026-03-20'], ['2026-03-01', '2026-03-12'], ['2026-03-13', '2026-03-14'], ['2026-03-01', '2026-03-31']]) {
      const error = await t.callError('jefe', 'delegations', 'create', { delegateId: t.users.profesional, startsOn: startsOn!, endsOn: endsOn! })
      expect(error.code, `${startsOn}–${endsOn}`).toBe('CONFLICT')
      expect(error.message).toBe(
        'Andrés Rojas ya tiene una delegación del 12/03/2026 al 15/03/2026 que se cruza con estas fechas. Cambie las fechas o revoque esa delegación primero.'
      )
    }
    expect(await auditCount()).toBe(before)

    await t.call('jefe', 'delegations', 'create', { delegateId: t.users.profesional, startsOn: '2026-03-16', endsOn: '2026-03-20' })
    await t.call('jefe', 'delegations', 'create', { delegateId: t.users.profesional2, startsOn: '2026-03-12', endsOn: '2026-03-15' })
    await t.call('jefe', 'delegations', 'revoke', { id: first.id })
    await t.call('jefe', 'delegations', 'create', { delegateId: t.users.profesional, startsOn: '2026-03-13', endsOn: '2026-03-14' })

    const list = await t.call('jefe', 'delegations', 'list')
    expect(list.map((d) => [d.delegateName, d.startsOn, d.endsOn, d.revokedAt !== null])).toEqual([
      ['Andrés Rojas', '2026-03-16', '2026-03-20', false],
      ['Andrés Rojas', '2026-03-13', '2026-03-14', false],
      ['Camila Díaz', '2026-03-12', '2026-03-15', false],
      ['Andrés Rojas', '2026-03-12', '2026-03-15', true]
    ])
  })
})
