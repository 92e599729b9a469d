import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SocialMetric } from '../../src/shared/domain/reports'
import { makeOffice } from '../support/core'
import { auditCount, type Office } from '../support/fixtures'

let o: Office
beforeAll(async () => {
  o = await makeOffice()
})
afterAll(async () => o?.dispose())
beforeEach(async () => {
  o.clock.set('2026-11-22T15:00:00Z')
  await o.core.db.deleteFrom('social_stats').execute()
})

const NONE: Record<SocialMetric, number | null> = {
  followers: null,
  publications: null,
  reach: null,
  impressions: null,
  interactions: null,
  videoViews: null
}
const values = (v: Partial<Record<SocialMetric, number | null>>) => ({ ...NONE, ...v })

const lastAudit = () => o.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()

describe('the statistics grid', () => {
  it('saves network-months typed by hand and lists the year network by network', async () => {
    const saved = await o.call('community_manager', 'social', 'save', {
      rows: [
        { network: 'x', month: '2026-10', values: values({ followers: 8_900, impressions: 45_000 }) },
        { network: 'facebook', month: '2026-10', values: values({ followers: 15_230, publications: 48, reach: 120_400, interactions: 3_210 }) },
        { network: 'facebook', month: '2026-09', values: values({ followers: 15_010, publications: 51, reach: 98_700 }) }
      ]
    })
    expect(saved.map((r) => `${r.network} ${r.month}`)).toEqual(['x 2026-10', 'facebook 2026-10', 'facebook 2026-09'])
    const listed = await o.call('archivista', 'social', 'list', { year: 2026 })
    expect(listed.map((r) => `${r.network} ${r.month}`)).toEqual(['facebook 2026-09', 'facebook 2026-10', 'x 2026-10'])
    expect(listed[1]).toEqual({
      network: 'facebook',
      month: '2026-10',
      values: values({ followers: 15_230, publications: 48, reach: 120_400, interactions: 3_210 }),
      source: 'manual',
      updatedAt: '2026-11-22T15:00:00.000Z',
      updatedByName: 'Mateo Herrera'
    })
    expect(await o.call('jefe', 'social', 'list', { year: 2025 })).toEqual([])
    expect(await lastAudit()).toMatchObject({
      action: 'social.saved',
      actor_id: o.users.community_manager,
      summary: 'Registró las estadísticas de Facebook de 2 meses (septiembre de 2026 a octubre de 2026) y X de octubre de 2026'
    })
  })

  it('leaves unchanged rows alone and writes no audit entry when nothing changed', async () => {
    const row = { network: 'instagram' as const, month: '2026-10', values: values({ followers: 5_000 }) }
    await o.call('jefe', 'social', 'save', { rows: [row] })
    o.clock.set('2026-11-23T15:00:00Z')
    const audit = await auditCount(o)
    const [again] = await o.call('profesional', 'social', 'save', { rows: [row] })
    expect(again).toMatchObject({ updatedAt: '2026-11-22T15:00:00.000Z', updatedByName: 'Laura Gómez' })
    expect(await auditCount(o)).toBe(audit)
  })

  it('replaces every figure of the month with what the grid holds, and removes a month left empty', async () => {
    await o.call('jefe', 'social', 'save', {
      rows: [
        { network: 'youtube', month: '2026-10', values: values({ followers: 1_200, videoViews: 30_000 }) },
        { network: 'tiktok', month: '2026-10', values: values({ followers: 2_400 }) }
      ]
    })
    const saved = await o.call('jefe', 'social', 'save', {
      rows: [
        { network: 'youtube', month: '2026-10', values: values({ followers: 1_250 }) },
        { network: 'tiktok', month: '2026-10', values: NONE }
      ]
    })
    expect(saved).toHaveLength(1)
    expect(saved[0]!.values).toEqual(values({ followers: 1_250 }))
    expect((await o.call('jefe', 'social', 'list', { year: 2026 })).map((r) => r.network)).toEqual(['youtube'])
    expect((await lastAudit()).summary).toBe('Registró las estadísticas de YouTube de octubre de 2026; borró las de TikTok de octubre de 2026')
  })

  it('refuses a repeated row, a month not yet started and a negative figure, writing nothing', async () => {
    const audit = await auditCount(o)
    const repeated = await o.callError('jefe', 'social', 'save', {
      rows: [
        { network: 'facebook', month: '2026-10', values: values({ reach: 1 }) },
        { network: 'facebook', month: '2026-10', values: values({ reach: 2 }) }
      ]
    })
    expect(repeated).toMatchObject({ code: 'VALIDATION', message: 'Facebook de octubre de 2026 aparece dos veces; deje una sola fila.' })
    const future = await o.callError('jefe', 'social', 'save', {
      rows: [
        { network: 'facebook', month: '2026-10', values: values({ reach: 1 }) },
        { network: 'x', month: '2026-12', values: values({ reach: 2 }) }
      ]
    })
    expect(future).toMatchObject({
      code: 'VALIDATION',
      message: 'No se pueden registrar cifras de X de diciembre de 2026: ese mes aún no empieza.',
      fields: { 'rows.1.month': 'Elija un mes que ya empezó.' }
    })
    const negative = await o.callError('jefe', 'social', 'save', {
      rows: [{ network: 'facebook', month: '2026-10', values: values({ reach: -1 }) }]
    })
    expect(negative.code).toBe('VALIDATION')
    expect(await o.call('jefe', 'social', 'list', { year: 2026 })).toEqual([])
    expect(await auditCount(o)).toBe(audit)
  })

  it('lets only the jefe, the community manager and the professionals save', async () => {
    const rows = [{ network: 'facebook' as const, month: '2026-10', values: values({ reach: 10 }) }]
    for (const client of ['disenador', 'audiovisual', 'archivista', 'administrador']) {
      const error = await o.callError(client, 'social', 'save', { rows })
      expect(error.code).toBe('FORBIDDEN')
      expect(error.message).toMatch(/estadísticas de redes sociales/)
    }
    expect(await o.call('jefe', 'social', 'list', { year: 2026 })).toEqual([])
    await o.call('profesional2', 'social', 'save', { rows })
    expect(await o.call('disenador', 'social', 'list', { year: 2026 })).toHaveLength(1)
  })
})
