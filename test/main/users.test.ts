import { afterEach, describe, expect, it } from 'vitest'
import { makeOffice, TEST_PASSWORD } from '../support/core'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
afterEach(async () => t?.dispose())

const auditCount = async () =>
  (await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
const lastAudit = () => t.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
const userRow = (id: number) => t.core.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

const update = (id: number, changes: Partial<{ fullName: string; role: 'jefe' | 'profesional' | 'administrador'; email: string; active: boolean }>) =>
  t.call('administrador', 'users', 'list').then((users) => {
    const u = users.find((x) => x.id === id)!
    return { id, fullName: u.fullName, role: u.role, email: u.email, active: u.active, ...changes }
  })

describe('accounts', () => {
  it('lists every account, active first and by name, without password data', async () => {
    t = await makeOffice()
    await t.call('jefe', 'users', 'update', { id: t.users.audiovisual, fullName: 'Sofía Martínez', role: 'audiovisual', email: '', active: false })
    const created = await t.call('jefe', 'users', 'create', { username: 'angela', fullName: 'Ángela Ruiz', role: 'archivista', email: '', password: TEST_PASSWORD })
    const list = await t.call('administrador', 'users', 'list')
    expect(list.map((u) => u.fullName)).toEqual([
      'Andrés Rojas',
      'Ángela Ruiz',
      'Camila Díaz',
      'Diego Ramírez',
      'Juan Pérez',
      'Laura Gómez',
      'Mateo Herrera',
      'Rosa Castro',
      'Sofía Martínez'
    ])
    expect(list.at(-1)).toMatchObject({ active: false, role: 'audiovisual' })
    expect(list.find((u) => u.id === created.id)).toEqual({
      id: created.id,
      username: 'angela',
      fullName: 'Ángela Ruiz',
      role: 'archivista',
      email: '',
      active: true,
      createdAt: '2026-03-10T14:00:00.000Z'
    })
    expect(JSON.stringify(list)).not.toContain('scrypt')
  })

  it('creates an account that can sign in, with its audit entry in the same write', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const user = await t.call('administrador', 'users', 'create', {
      username: 'Maria.Lopez',
      fullName: 'María López',
      role: 'community_manager',
      email: 'mlopez@cajica.gov.co',
      password: TEST_PASSWORD
    })
    expect(user).toMatchObject({ username: 'maria.lopez', role: 'community_manager', email: 'mlopez@cajica.gov.co', active: true })
    expect(await auditCount()).toBe(before + 1)
    expect(await lastAudit()).toMatchObject({
      action: 'users.created',
      entity_type: 'user',
      entity_id: user.id,
      actor_id: t.users.administrador,
      summary: 'Creó la cuenta de María López (maria.lopez) con el rol Community manager'
    })
    const session = await t.call('nueva', 'auth', 'login', { username: 'MARIA.LOPEZ', password: TEST_PASSWORD })
    expect(session).toMatchObject({ id: user.id, role: 'community_manager', canApprove: false })
  })

  it('refuses a username that exists, whatever its capitals, and writes nothing', async () => {
    t = await makeOffice()
    const before = await auditCount()
    for (const username of ['profesional', 'Profesional', 'JEFE']) {
      const error = await t.callError('jefe', 'users', 'create', { username, fullName: 'Otra Persona', role: 'disenador', email: '', password: TEST_PASSWORD })
      expect(error.code).toBe('CONFLICT')
      expect(error.fields).toEqual({ username: 'Ese usuario ya existe.' })
    }
    expect(await auditCount()).toBe(before)
    expect((await t.call('jefe', 'users', 'list')).filter((u) => u.fullName === 'Otra Persona')).toEqual([])
  })

  it('updates name, role, email and state; a deactivated person is signed out and cannot sign in', async () => {
    t = await makeOffice()
    const id = t.users.profesional
    const updated = await t.call('jefe', 'users', 'update', { id, fullName: 'Andrés Rojas Peña', role: 'disenador', email: 'arojas@cajica.gov.co', active: true })
    expect(updated).toMatchObject({ fullName: 'Andrés Rojas Peña', role: 'disenador', email: 'arojas@cajica.gov.co', active: true })
    expect(await lastAudit()).toMatchObject({
      action: 'users.updated',
      entity_id: id,
      summary: 'Modificó la cuenta de Andrés Rojas Peña: nombre «Andrés Rojas» → «Andrés Rojas Peña»; rol Profesional (periodista / redactor) → Diseñador(a); correo electrónico'
    })
    expect((await t.call('profesional', 'app', 'status')).session?.role).toBe('disenador')

    await t.call('jefe', 'users', 'update', await update(id, { active: false }))
    expect((await lastAudit()).summary).toBe('Modificó la cuenta de Andrés Rojas Peña: cuenta desactivada')
    expect((await t.call('profesional', 'app', 'status')).session).toBeNull()
    const login = await t.callError('otra', 'auth', 'login', { username: 'profesional', password: TEST_PASSWORD })
    expect(login.code).toBe('FORBIDDEN')

    await t.call('jefe', 'users', 'update', await update(id, { active: true }))
    expect(await t.call('otra', 'auth', 'login', { username: 'profesional', password: TEST_PASSWORD })).toMatchObject({ id })
  })

  it('an update that changes nothing writes nothing', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const row = await userRow(t.users.disenador)
    await t.call('jefe', 'users', 'update', await update(t.users.disenador, {}))
    expect(await auditCount()).toBe(before)
    expect((await userRow(t.users.disenador)).updated_at).toBe(row.updated_at)
  })

  it('nobody deactivates themselves or changes their own role', async () => {
    t = await makeOffice()
    const before = await auditCount()
    for (const who of ['jefe', 'administrador'] as const) {
      const off = await t.callError(who, 'users', 'update', await update(t.users[who], { active: false }))
      expect(off).toMatchObject({ code: 'FORBIDDEN', fields: { active: 'No puede desactivar su propia cuenta.' } })
      const role = await t.callError(who, 'users', 'update', await update(t.users[who], { role: 'profesional' }))
      expect(role).toMatchObject({ code: 'FORBIDDEN', fields: { role: 'No puede cambiar su propio rol.' } })
    }
    expect(await auditCount()).toBe(before)
    expect(await userRow(t.users.administrador)).toMatchObject({ role: 'administrador', active: 1 })
    // Their own name and email remain theirs to fix.
    await t.call('administrador', 'users', 'update', await update(t.users.administrador, { fullName: 'Diego A. Ramírez' }))
    expect((await userRow(t.users.administrador)).full_name).toBe('Diego A. Ramírez')
  })

  it('keeps at least one active jefe in the office', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const off = await t.callError('administrador', 'users', 'update', await update(t.users.jefe, { active: false }))
    expect(off.code).toBe('CONFLICT')
    expect(off.message).toContain('Laura Gómez es el único jefe activo')
    expect(off.fields).toEqual({ active: 'La oficina debe conservar al menos un jefe activo.' })
    const demoted = await t.callError('administrador', 'users', 'update', await update(t.users.jefe, { role: 'administrador' }))
    expect(demoted).toMatchObject({ code: 'CONFLICT', fields: { role: 'La oficina debe conservar al menos un jefe activo.' } })
    expect(await auditCount()).toBe(before)
    expect(await userRow(t.users.jefe)).toMatchObject({ role: 'jefe', active: 1 })

    // An inactive jefe does not count: promote someone, deactivate them, and the guard still holds.
    await t.call('administrador', 'users', 'update', await update(t.users.profesional, { role: 'jefe' }))
    await t.call('administrador', 'users', 'update', await update(t.users.profesional, { active: false }))
    expect((await t.callError('administrador', 'users', 'update', await update(t.users.jefe, { active: false }))).code).toBe('CONFLICT')

    await t.call('administrador', 'users', 'update', await update(t.users.profesional, { active: true }))
    const done = await t.call('administrador', 'users', 'update', await update(t.users.jefe, { role: 'administrador' }))
    expect(done.role).toBe('administrador')
    expect((await t.call('profesional', 'app', 'status')).session).toMatchObject({ role: 'jefe', canApprove: true })
  })

  it('resets a password: the old one stops working, the new one works and a lock from failed attempts is lifted', async () => {
    t = await makeOffice()
    for (let i = 0; i < 5; i++) await t.callError('x', 'auth', 'login', { username: 'disenador', password: 'equivocada' })
    expect((await t.callError('x', 'auth', 'login', { username: 'disenador', password: TEST_PASSWORD })).code).toBe('RATE_LIMITED')
    const before = await auditCount()
    expect(await t.call('jefe', 'users', 'resetPassword', { id: t.users.disenador, password: 'otra-clave-2026' })).toBeNull()
    expect(await auditCount()).toBe(before + 1)
    expect(await lastAudit()).toMatchObject({
      action: 'users.password_reset',
      entity_id: t.users.disenador,
      summary: 'Asignó una nueva contraseña a la cuenta de Juan Pérez'
    })
    expect((await t.callError('x', 'auth', 'login', { username: 'disenador', password: TEST_PASSWORD })).code).toBe('UNAUTHENTICATED')
    expect(await t.call('x', 'auth', 'login', { username: 'disenador', password: 'otra-clave-2026' })).toMatchObject({ id: t.users.disenador })
  })

  it('answers NOT_FOUND for an account that does not exist, and VALIDATION for a short password', async () => {
    t = await makeOffice()
    expect((await t.callError('jefe', 'users', 'resetPassword', { id: 999, password: 'otra-clave-2026' })).code).toBe('NOT_FOUND')
    const missing = await t.callError('jefe', 'users', 'update', { id: 999, fullName: 'Nadie', role: 'profesional', email: '', active: true })
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'No se encontró el usuario. Puede que el enlace sea antiguo; vuelva a la lista.' })
    const short = await t.callError('jefe', 'users', 'resetPassword', { id: t.users.disenador, password: 'corta' })
    expect(short).toMatchObject({ code: 'VALIDATION', fields: { password: 'La contraseña debe tener al menos 8 caracteres.' } })
  })
})
