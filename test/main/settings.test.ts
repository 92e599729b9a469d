import { afterEach, describe, expect, it } from 'vitest'
import { makeOffice } from '../support/core'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
afterEach(async () => t?.dispose())

const auditCount = async () =>
  (await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
const lastAudit = () => t.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()

describe('entity settings', () => {
  it('every signed-in role reads what the first run recorded', async () => {
    t = await makeOffice()
    for (const role of ['jefe', 'profesional', 'archivista'] as const) {
      expect(await t.call(role, 'settings', 'get')).toEqual({
        entityName: 'Alcaldía de Cajicá',
        officeName: 'Oficina Asesora de Comunicaciones',
        city: '',
        nit: ''
      })
    }
  })

  it('an update is saved with an audit entry that names what changed, and shows in the app status', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const next = { entityName: 'Alcaldía Municipal de Cajicá', officeName: 'Oficina Asesora de Comunicaciones', city: 'Cajicá', nit: '899.999.465-0' }
    expect(await t.call('administrador', 'settings', 'update', next)).toEqual(next)
    expect(await t.call('profesional', 'settings', 'get')).toEqual(next)
    expect(await auditCount()).toBe(before + 1)
    const entry = await lastAudit()
    expect(entry).toMatchObject({
      action: 'settings.updated',
      entity_type: 'entity',
      entity_id: 1,
      actor_id: t.users.administrador,
      summary: 'Cambió el nombre de la entidad, el municipio y el NIT en los datos de la entidad'
    })
    expect(JSON.parse(entry.details!)).toEqual({
      entityName: { before: 'Alcaldía de Cajicá', after: 'Alcaldía Municipal de Cajicá' },
      city: { before: '', after: 'Cajicá' },
      nit: { before: '', after: '899.999.465-0' }
    })
    const row = await t.core.db.selectFrom('entity_settings').select('updated_at').executeTakeFirstOrThrow()
    expect(row.updated_at).toBe('2026-03-10T14:00:00.000Z')
    expect(await t.call('archivista', 'app', 'status')).toMatchObject({ entityName: 'Alcaldía Municipal de Cajicá' })
  })

  it('saving without changes writes nothing', async () => {
    t = await makeOffice()
    const before = await auditCount()
    await t.call('jefe', 'settings', 'update', { entityName: 'Alcaldía de Cajicá', officeName: 'Oficina Asesora de Comunicaciones' })
    expect(await auditCount()).toBe(before)
  })

  it('refuses an empty entity name with a field message and keeps the old data', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const error = await t.callError('jefe', 'settings', 'update', { entityName: '   ', officeName: 'Prensa', city: '', nit: '' })
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { entityName: 'El nombre de la entidad es obligatorio.' } })
    expect(await auditCount()).toBe(before)
    expect((await t.call('jefe', 'settings', 'get')).officeName).toBe('Oficina Asesora de Comunicaciones')
  })
})
