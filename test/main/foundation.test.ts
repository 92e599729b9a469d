import { afterEach, describe, expect, it } from 'vitest'
import { makeTestCore, TEST_PASSWORD, type TestCore } from '../support/core'

let t: TestCore
afterEach(async () => t?.dispose())

describe('first run', () => {
  it('creates and migrates the database, then configures the office and signs the jefe in', async () => {
    t = await makeTestCore()
    const before = await t.call('c', 'app', 'status')
    expect(before).toEqual({ initialized: false, entityName: null, officeName: null, session: null })
    const jefe = await t.call('c', 'app', 'setup', {
      entityName: 'Alcaldía de Cajicá',
      officeName: 'Oficina Asesora de Comunicaciones',
      jefe: { fullName: 'Laura Gómez', username: 'Laura.Gomez', password: TEST_PASSWORD }
    })
    expect(jefe).toMatchObject({ username: 'laura.gomez', role: 'jefe', canApprove: true })
    const after = await t.call('c', 'app', 'status')
    expect(after.initialized).toBe(true)
    expect(after.session?.id).toBe(jefe.id)
    const audit = await t.call('c', 'audit', 'list', {})
    expect(audit.map((a) => a.action)).toEqual(['auth.login', 'app.setup'])
  })

  it('refuses a second setup', async () => {
    t = await makeTestCore()
    const input = {
      entityName: 'Alcaldía de Cajicá',
      officeName: 'Oficina de Prensa',
      jefe: { fullName: 'Laura Gómez', username: 'jefe', password: TEST_PASSWORD }
    }
    await t.call('c', 'app', 'setup', input)
    expect((await t.callError('d', 'app', 'setup', input)).code).toBe('CONFLICT')
  })

  it('answers a payload that fails the schema with Spanish field messages and runs nothing', async () => {
    t = await makeTestCore()
    const error = await t.callError('c', 'app', 'setup', {
      entityName: '',
      officeName: 'Oficina',
      jefe: { fullName: 'Laura', username: 'x', password: 'corta' }
    })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields).toMatchObject({
      entityName: 'El nombre de la entidad es obligatorio.',
      'jefe.username': 'El usuario debe tener al menos 3 caracteres.',
      'jefe.password': 'La contraseña debe tener al menos 8 caracteres.'
    })
    expect((await t.call('c', 'app', 'status')).initialized).toBe(false)
  })

  it('rejects unknown methods and calls without a session', async () => {
    t = await makeTestCore()
    expect(await t.dispatch('c', 'app', 'constructor', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await t.dispatch('c', '__proto__', 'x', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await t.dispatch('c', 'audit', 'list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})
