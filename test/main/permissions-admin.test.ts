import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/main/db/schema'
import { ROLES, type Role } from '../../src/shared/domain/roles'
import { makeOffice, TEST_PASSWORD } from '../support/core'

type Office = Awaited<ReturnType<typeof makeOffice>>

/** The expected matrix, written out here so a change to permissions.ts has to be deliberate. */
interface WriteCase {
  domain: string
  method: string
  allowed: Role[]
  /** Tables the write touches: a refused call must leave them exactly as they were. */
  tables: (keyof Database)[]
  /** Data the call needs, created by the jefe before the roles try. */
  prepare?: (t: Office) => Promise<Record<string, number>>
  /** A different valid input per role, so every allowed role really writes. */
  input: (role: Role, prepared: Record<string, number>) => unknown
}

const JEFE_ADMIN: Role[] = ['jefe', 'administrador']
const JEFE: Role[] = ['jefe']

async function makePlan(t: Office) {
  const plan = await t.call('jefe', 'plans', 'create', { name: 'Plan de Comunicaciones 2026', startsOn: '2026-01-01', endsOn: '2026-12-31', scope: 'mixta' })
  const strategy = await t.call('jefe', 'plans', 'createStrategy', { planId: plan.id, kind: 'digital', name: 'Redes sociales' })
  const activity = await t.call('jefe', 'plans', 'createActivity', {
    strategyId: strategy.id,
    description: 'Publicar avances de obra',
    frequency: 'semanal',
    phvaPhase: 'H',
    goalQuantity: 40
  })
  return { planId: plan.id, strategyId: strategy.id, activityId: activity.id }
}

const CASES: WriteCase[] = [
  {
    domain: 'users',
    method: 'create',
    allowed: JEFE_ADMIN,
    tables: ['users'],
    input: (role) => ({ username: `nuevo.${role}`, fullName: `Persona creada por ${role}`, role: 'profesional', email: '', password: TEST_PASSWORD })
  },
  {
    domain: 'users',
    method: 'update',
    allowed: JEFE_ADMIN,
    tables: ['users'],
    prepare: async (t) => ({ id: t.users.profesional2 }),
    input: (role, p) => ({ id: p.id, fullName: `Camila Díaz (${role})`, role: 'profesional', email: '', active: true })
  },
  {
    domain: 'users',
    method: 'resetPassword',
    allowed: JEFE_ADMIN,
    tables: ['users'],
    prepare: async (t) => ({ id: t.users.disenador }),
    input: (role, p) => ({ id: p.id, password: `nueva-clave-${role}` })
  },
  {
    domain: 'delegations',
    method: 'create',
    allowed: JEFE,
    tables: ['delegations'],
    prepare: async (t) => ({ id: t.users.profesional }),
    input: (_role, p) => ({ delegateId: p.id, startsOn: '2026-04-01', endsOn: '2026-04-10' })
  },
  {
    domain: 'delegations',
    method: 'revoke',
    allowed: JEFE,
    tables: ['delegations'],
    prepare: async (t) => {
      const d = await t.call('jefe', 'delegations', 'create', { delegateId: t.users.community_manager, startsOn: '2026-05-01', endsOn: '2026-05-10' })
      return { id: d.id }
    },
    input: (_role, p) => ({ id: p.id })
  },
  {
    domain: 'settings',
    method: 'update',
    allowed: JEFE_ADMIN,
    tables: ['entity_settings'],
    input: (role) => ({ entityName: 'Alcaldía de Cajicá', officeName: `Oficina de Prensa (${role})`, city: 'Cajicá', nit: '899999465-0' })
  },
  {
    domain: 'catalogues',
    method: 'create',
    allowed: JEFE_ADMIN,
    tables: ['catalogue_items'],
    input: (role) => ({ kind: 'canal', name: `Perifoneo ${role}` })
  },
  {
    domain: 'catalogues',
    method: 'update',
    allowed: JEFE_ADMIN,
    tables: ['catalogue_items'],
    prepare: async (t) => {
      const item = await t.call('jefe', 'catalogues', 'create', { kind: 'dependencia', name: 'Secretaría de Cultura' })
      return { id: item.id }
    },
    input: (role, p) => ({ id: p.id, name: `Secretaría de Cultura y Turismo (${role})`, active: true })
  },
  {
    domain: 'plans',
    method: 'create',
    allowed: JEFE,
    tables: ['plans'],
    input: (role) => ({ name: `Plan ${role}`, startsOn: '2027-01-01', endsOn: '2027-12-31', scope: 'externa' })
  },
  {
    domain: 'plans',
    method: 'update',
    allowed: JEFE,
    tables: ['plans'],
    prepare: makePlan,
    input: (role, p) => ({ id: p.planId, name: `Plan 2026 (${role})`, startsOn: '2026-01-01', endsOn: '2026-12-31', scope: 'mixta' })
  },
  {
    domain: 'plans',
    method: 'createStrategy',
    allowed: JEFE,
    tables: ['plan_strategies'],
    prepare: makePlan,
    input: (role, p) => ({ planId: p.planId, kind: 'prensa', name: `Free press ${role}` })
  },
  {
    domain: 'plans',
    method: 'updateStrategy',
    allowed: JEFE,
    tables: ['plan_strategies'],
    prepare: makePlan,
    input: (role, p) => ({ id: p.strategyId, kind: 'digital', name: `Redes (${role})` })
  },
  {
    domain: 'plans',
    method: 'createActivity',
    allowed: JEFE,
    tables: ['plan_activities', 'plan_activity_channels'],
    prepare: async (t) => ({ ...(await makePlan(t)), channel: (await t.call('jefe', 'catalogues', 'list', { kind: 'canal' }))[0]!.id }),
    input: (role, p) => ({ strategyId: p.strategyId, description: `Boletín ${role}`, frequency: 'mensual', phvaPhase: 'H', channelIds: [p.channel!], goalQuantity: 12 })
  },
  {
    domain: 'plans',
    method: 'updateActivity',
    allowed: JEFE,
    tables: ['plan_activities', 'plan_activity_channels'],
    prepare: async (t) => ({ ...(await makePlan(t)), channel: (await t.call('jefe', 'catalogues', 'list', { kind: 'canal' }))[1]!.id }),
    input: (role, p) => ({ id: p.activityId, description: `Avances de obra (${role})`, frequency: 'semanal', phvaPhase: 'H', channelIds: [p.channel!], goalQuantity: 40 })
  }
]

let t: Office
beforeAll(async () => {
  t = await makeOffice()
})
afterAll(async () => t?.dispose())

const auditCount = async () =>
  (await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n

async function snapshot(tables: (keyof Database)[]) {
  const rows = await Promise.all(tables.map((table) => t.core.db.selectFrom(table).selectAll().execute()))
  return JSON.stringify(rows)
}

describe('who may write accounts, delegations, settings, catalogues and the plan', () => {
  for (const c of CASES) {
    it(`${c.domain}.${c.method}: ${c.allowed.join(' y ')} sí; los demás roles no y nada cambia`, async () => {
      const prepared = (await c.prepare?.(t)) ?? {}
      for (const role of ROLES.filter((r) => !c.allowed.includes(r))) {
        const before = { audit: await auditCount(), data: await snapshot(c.tables) }
        const result = await t.dispatch(role, c.domain, c.method, c.input(role, prepared))
        expect(result, `${role} no debería poder`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
        expect(await auditCount()).toBe(before.audit)
        expect(await snapshot(c.tables)).toBe(before.data)
      }
      for (const role of c.allowed) {
        const before = { audit: await auditCount(), data: await snapshot(c.tables) }
        const result = await t.dispatch(role, c.domain, c.method, c.input(role, prepared))
        expect(result, `${role} debería poder`).toMatchObject({ ok: true })
        expect(await auditCount()).toBe(before.audit + 1)
        expect(await snapshot(c.tables)).not.toBe(before.data)
        const last = await t.core.db.selectFrom('audit_log').select(['actor_id']).orderBy('id', 'desc').executeTakeFirstOrThrow()
        expect(last.actor_id).toBe(t.users[role])
      }
    })
  }

  it('the delegation list is the jefe\'s; the team directory, settings, catalogues and plans are readable by everyone', async () => {
    for (const role of ROLES) {
      const users = await t.dispatch(role, 'users', 'list', {})
      expect(users.ok, `users.list como ${role}`).toBe(true)
      const delegations = await t.dispatch(role, 'delegations', 'list', {})
      expect(delegations.ok, `delegations.list como ${role}`).toBe(role === 'jefe')
      for (const [domain, method] of [['settings', 'get'], ['catalogues', 'list'], ['plans', 'list'], ['plans', 'activityOptions']] as const) {
        expect((await t.dispatch(role, domain, method, {})).ok, `${domain}.${method} como ${role}`).toBe(true)
      }
    }
  })

  it('without a session nothing is readable or writable', async () => {
    for (const [domain, method] of [['settings', 'get'], ['catalogues', 'list'], ['plans', 'list'], ['users', 'list']] as const) {
      expect(await t.dispatch('sin-sesion', domain, method, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    }
  })
})
