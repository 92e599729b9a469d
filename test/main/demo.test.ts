import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { DemoAccounts, PieceDetail } from '../../src/shared/contract'
import { PIECE_STATES } from '../../src/shared/domain/pieces'
import { STRATEGY_KINDS } from '../../src/shared/domain/plans'
import { REQUEST_STATES } from '../../src/shared/domain/requests'
import { SOCIAL_NETWORKS } from '../../src/shared/domain/reports'
import { ROLES } from '../../src/shared/domain/roles'
import { resolveStoredFile } from '../../src/main/files'
import { makeTestCore, type TestCore } from '../support/core'

const DAY_MS = 86_400_000

describe('Datos de ejemplo («Cargar datos de ejemplo»)', () => {
  let t: TestCore
  let demo: DemoAccounts
  let elapsedMs: number
  let jefe: string

  beforeAll(async () => {
    t = await makeTestCore()
    const started = performance.now()
    demo = await t.call('visitante', 'app', 'loadDemo')
    elapsedMs = performance.now() - started
    const account = demo.accounts.find((a) => a.role === 'jefe')!
    jefe = 'revisor-jefe'
    await t.call(jefe, 'auth', 'login', { username: account.username, password: demo.password })
  }, 60_000)

  afterAll(async () => {
    await t.dispose()
  })

  test('carga en pocos segundos', () => {
    expect(elapsedMs).toBeLessThan(15_000)
  })

  test('hay una cuenta por rol y todas ingresan con la contraseña que se muestra', async () => {
    expect(demo.accounts.map((a) => a.role).sort()).toEqual([...ROLES].sort())
    expect(new Set(demo.accounts.map((a) => a.username)).size).toBe(ROLES.length)
    for (const account of demo.accounts) {
      const session = await t.call(`prueba-${account.username}`, 'auth', 'login', { username: account.username, password: demo.password })
      expect(session).toMatchObject({ username: account.username, fullName: account.fullName, role: account.role })
    }
  })

  test('las cuentas de ejemplo quedan con la sesión cerrada', async () => {
    const status = await t.call('visitante', 'app', 'status')
    expect(status).toMatchObject({ initialized: true, entityName: 'Alcaldía de Cajicá', session: null })
    for (const account of demo.accounts) expect(t.core.sessions.userIdOf(`demo:${account.username}`)).toBeNull()
  })

  test('el plan de la vigencia actual está vigente, con las seis estrategias y al menos doce actividades', async () => {
    const year = t.clock.now().getUTCFullYear()
    const plans = await t.call(jefe, 'plans', 'list')
    expect(plans).toHaveLength(1)
    expect(plans[0]).toMatchObject({ startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, status: 'vigente', scope: 'mixta' })
    const plan = await t.call(jefe, 'plans', 'get', { id: plans[0]!.id })
    expect(plan.strategies.map((s) => s.kind).sort()).toEqual([...STRATEGY_KINDS].sort())
    const activities = plan.strategies.flatMap((s) => s.activities)
    expect(activities.length).toBeGreaterThanOrEqual(12)
    expect(activities.some((a) => a.pieceCount > 0 && a.publishedCount > 0)).toBe(true)
  })

  test('hay seis meses de estadísticas de cada red social, para el informe mensual', async () => {
    const rows = [
      ...(await t.call(jefe, 'social', 'list', { year: t.clock.now().getUTCFullYear() - 1 })),
      ...(await t.call(jefe, 'social', 'list', { year: t.clock.now().getUTCFullYear() }))
    ]
    expect(rows).toHaveLength(6 * SOCIAL_NETWORKS.length)
    expect(new Set(rows.map((r) => r.network))).toEqual(new Set(SOCIAL_NETWORKS))
    expect(rows.every((r) => r.values.followers !== null && r.values.followers > 0)).toBe(true)
  })

  test('hay veinte solicitudes, en todos los estados', async () => {
    const requests = await t.call(jefe, 'requests', 'list')
    expect(requests).toHaveLength(20)
    expect(new Set(requests.map((r) => r.state))).toEqual(new Set(REQUEST_STATES))
    expect(requests.filter((r) => r.state === 'aceptada').every((r) => r.pieceCount > 0)).toBe(true)
  })

  test('hay unas cuarenta piezas en todos los estados, algunas vencidas, cada una con su historial', async () => {
    const pieces = await t.call(jefe, 'pieces', 'list')
    expect(pieces.length).toBeGreaterThanOrEqual(38)
    expect(new Set(pieces.map((p) => p.state))).toEqual(new Set(PIECE_STATES))
    expect(pieces.some((p) => p.overdue)).toBe(true)
    expect(pieces.some((p) => p.requestId !== null)).toBe(true)
    for (const piece of pieces) {
      const history = await t.call(jefe, 'pieces', 'history', { pieceId: piece.id })
      expect(history.length, piece.title).toBeGreaterThan(0)
      expect(history.some((e) => e.action === 'pieces.created'), piece.title).toBe(true)
    }
  })

  test('las piezas tienen versiones, revisiones y publicaciones según su estado', async () => {
    const rows = await t.call(jefe, 'pieces', 'list')
    const details: PieceDetail[] = []
    for (const row of rows) details.push(await t.call(jefe, 'pieces', 'get', { id: row.id }))
    for (const piece of details) {
      expect(piece.contentVersions.length, piece.title).toBeGreaterThan(0)
      if (['en_diseno', 'revision_diseno', 'ajustes_diseno'].includes(piece.state)) {
        expect(piece.designVersions.length, piece.title).toBeGreaterThan(0)
      }
      if (piece.state === 'publicada') {
        expect(piece.publications.length, piece.title).toBeGreaterThan(0)
        expect(piece.publications.every((p) => p.urlOrPlace.length > 0)).toBe(true)
      }
    }
    const returnedThenApproved = details.filter(
      (p) => p.reviews.some((r) => r.decision === 'devuelta') && p.reviews.some((r) => r.decision === 'aprobada')
    )
    expect(returnedThenApproved.length).toBeGreaterThanOrEqual(3)
    expect(details.some((p) => p.publications.some((x) => x.urlOrPlace.startsWith('https://www.cajica.gov.co/')))).toBe(true)
  })

  test('los diseños son archivos SVG guardados en la carpeta de datos', async () => {
    const rows = await t.call(jefe, 'pieces', 'list', { state: 'publicada' })
    const withDesign = (await Promise.all(rows.map((r) => t.call(jefe, 'pieces', 'get', { id: r.id })))).filter(
      (p) => p.designVersions.length > 0
    )
    expect(withDesign.length).toBeGreaterThan(0)
    const file = withDesign[0]!.designVersions[0]!.files[0]!
    expect(file.mime).toBe('image/svg+xml')
    const stored = await resolveStoredFile(t.core.db, t.core.filesDir, file.id)
    expect(stored).not.toBeNull()
    expect(await readFile(stored!.path, 'utf8')).toContain('<svg')
  })

  test('la historia abarca las últimas semanas, en días hábiles, y nada ocurre en el futuro', async () => {
    const entries = await t.call(jefe, 'audit', 'list', { limit: 500 })
    const now = t.clock.now().getTime()
    const times = entries.map((e) => Date.parse(e.at))
    expect(Math.max(...times)).toBeLessThanOrEqual(now)
    const oldest = await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.min('at').as('at')).executeTakeFirstOrThrow()
    const span = now - Date.parse(oldest.at as string)
    expect(span).toBeGreaterThan(35 * DAY_MS)
    expect(span).toBeLessThan(60 * DAY_MS)
    const demoEntries = await t.core.db.selectFrom('audit_log').select('at').where('actor_id', 'is not', null).execute()
    const weekend = demoEntries.filter((e) => [0, 6].includes(new Date(Date.parse(e.at) - 5 * 3_600_000).getUTCDay()))
    expect(weekend.filter((e) => Date.parse(e.at) < now - DAY_MS)).toEqual([])
  })

  test('no se pueden cargar sobre una carpeta ya configurada', async () => {
    const error = await t.callError('otro-visitante', 'app', 'loadDemo')
    expect(error.code).toBe('CONFLICT')
  })
})
