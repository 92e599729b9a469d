import { afterEach, describe, expect, it } from 'vitest'
import { lockDurationMs, FREE_ATTEMPTS } from '../../src/main/auth/login'
import { hashPassword, verifyPassword } from '../../src/main/auth/password'
import { makeTestCore, TEST_PASSWORD, type TestCore } from '../support/core'

let t: TestCore
afterEach(async () => t?.dispose())

async function office() {
  t = await makeTestCore()
  await t.call('setup', 'app', 'setup', {
    entityName: 'Alcaldía de Cajicá',
    officeName: 'Oficina Asesora de Comunicaciones',
    jefe: { fullName: 'Laura Gómez', username: 'laura', password: TEST_PASSWORD }
  })
  return t
}

describe('passwords', () => {
  it('are stored as salted scrypt hashes and verified in constant time', async () => {
    const a = await hashPassword('una clave larga')
    const b = await hashPassword('una clave larga')
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('una clave larga', a)).toBe(true)
    expect(await verifyPassword('otra clave', a)).toBe(false)
    expect(await verifyPassword('x', 'texto-plano')).toBe(false)
  })
})

describe('login', () => {
  it('signs a client in and out; other clients stay signed out', async () => {
    await office()
    const user = await t.call('w1', 'auth', 'login', { username: 'LAURA', password: TEST_PASSWORD })
    expect(user.username).toBe('laura')
    expect((await t.call('w2', 'app', 'status')).session).toBeNull()
    await t.call('w1', 'auth', 'logout')
    expect((await t.call('w1', 'app', 'status')).session).toBeNull()
    expect((await t.callError('w1', 'audit', 'list', {})).code).toBe('UNAUTHENTICATED')
  })

  it('answers the same message for an unknown user and a wrong password', async () => {
    await office()
    const unknown = await t.callError('w', 'auth', 'login', { username: 'nadie', password: 'x' })
    const wrong = await t.callError('w', 'auth', 'login', { username: 'laura', password: 'equivocada' })
    expect(unknown).toEqual({ code: 'UNAUTHENTICATED', message: 'Usuario o contraseña incorrectos.' })
    expect(wrong).toEqual(unknown)
  })

  it('slows down repeated wrong passwords, and the wait grows', async () => {
    await office()
    for (let i = 1; i < FREE_ATTEMPTS; i++) {
      expect((await t.callError('w', 'auth', 'login', { username: 'laura', password: 'mal' })).code).toBe('UNAUTHENTICATED')
    }
    const locked = await t.callError('w', 'auth', 'login', { username: 'laura', password: 'mal' })
    expect(locked.code).toBe('RATE_LIMITED')
    // Even the right password waits while locked.
    const stillLocked = await t.callError('w', 'auth', 'login', { username: 'laura', password: TEST_PASSWORD })
    expect(stillLocked.code).toBe('RATE_LIMITED')
    expect(stillLocked.message).toMatch(/Espere \d+ segundos/)
    t.clock.set(new Date(t.clock.current.getTime() + lockDurationMs(FREE_ATTEMPTS) + 1000).toISOString())
    await t.call('w', 'auth', 'login', { username: 'laura', password: TEST_PASSWORD })
    expect(lockDurationMs(FREE_ATTEMPTS + 1)).toBe(2 * lockDurationMs(FREE_ATTEMPTS))
    expect(lockDurationMs(50)).toBe(15 * 60_000)
  })

  it('records failed and successful logins in the audit trail', async () => {
    await office()
    await t.callError('w', 'auth', 'login', { username: 'laura', password: 'mal' })
    await t.call('w', 'auth', 'login', { username: 'laura', password: TEST_PASSWORD })
    const actions = (await t.call('w', 'audit', 'list', {})).map((a) => a.action)
    expect(actions.slice(0, 2)).toEqual(['auth.login', 'auth.login_failed'])
  })

  it('changes the password only with the current one', async () => {
    await office()
    await t.call('w', 'auth', 'login', { username: 'laura', password: TEST_PASSWORD })
    const wrong = await t.callError('w', 'auth', 'changePassword', { current: 'mal', next: 'nueva-clave-9' })
    expect(wrong.fields).toEqual({ current: 'La contraseña actual no es correcta.' })
    await t.call('w', 'auth', 'changePassword', { current: TEST_PASSWORD, next: 'nueva-clave-9' })
    await t.call('w', 'auth', 'logout')
    expect((await t.callError('w', 'auth', 'login', { username: 'laura', password: TEST_PASSWORD })).code).toBe('UNAUTHENTICATED')
    await t.call('w', 'auth', 'login', { username: 'laura', password: 'nueva-clave-9' })
  })
})
