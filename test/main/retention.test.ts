import { afterEach, describe, expect, it } from 'vitest'
import type { Ctx } from '../../src/main/core/context'
import type { Contract, InputOf } from '../../src/shared/contract'
import { loadArchiveInventory } from '../../src/main/reports/archive-inventory/data'
import { isoDateInColombia } from '../../src/shared/dates'
import { makeOffice } from '../support/core'
import { auditCount, type Office } from '../support/fixtures'
import { seedAsset, seedEvent } from './archive-seed'

let o: Office

type SerieInput = Omit<InputOf<Contract['retention']['saveSerie']>, 'id'>
afterEach(async () => o?.dispose())

const REGISTROS: SerieInput = {
  code: '110.25',
  serie: 'Registros audiovisuales',
  subserie: 'Eventos institucionales',
  yearsGestion: 2,
  yearsCentral: 8,
  disposition: 'conservacion_total'
}

async function serieId(code = REGISTROS.code, fields: Partial<SerieInput> = {}): Promise<number> {
  const serie = await o.call('archivista', 'retention', 'saveSerie', { ...REGISTROS, ...fields, code })
  return serie.id
}

async function retentionOf(assetId: number) {
  return o.core.db.selectFrom('asset_retention').selectAll().where('asset_id', '=', assetId).executeTakeFirst()
}

describe('Tabla de Retención Documental', () => {
  it('creates and edits series, refusing a repeated code and negative years', async () => {
    o = await makeOffice()
    const created = await o.call('archivista', 'retention', 'saveSerie', REGISTROS)
    expect(created).toMatchObject({ code: '110.25', yearsGestion: 2, yearsCentral: 8, disposition: 'conservacion_total', active: true, assetCount: 0 })
    const edited = await o.call('jefe', 'retention', 'saveSerie', { ...REGISTROS, id: created.id, yearsCentral: 18, active: false })
    expect(edited).toMatchObject({ id: created.id, yearsCentral: 18, active: false })
    await o.call('archivista', 'retention', 'saveSerie', { ...REGISTROS, code: '110.26', serie: 'Boletines de prensa', subserie: '' })
    expect((await o.call('audiovisual', 'retention', 'series')).map((s) => s.code)).toEqual(['110.25', '110.26'])

    const before = await auditCount(o)
    const twin = await o.callError('archivista', 'retention', 'saveSerie', { ...REGISTROS, serie: 'Otra' })
    expect(twin.code).toBe('CONFLICT')
    expect(twin.fields).toEqual({ code: 'Ya existe una serie con este código.' })
    const negative = await o.callError('archivista', 'retention', 'saveSerie', { ...REGISTROS, code: '200.1', yearsGestion: -1 })
    expect(negative.code).toBe('VALIDATION')
    expect(negative.fields?.yearsGestion).toBe('Los años de archivo de gestión no pueden ser negativos.')
    expect(await auditCount(o)).toBe(before)
    expect(await o.call('archivista', 'retention', 'series')).toHaveLength(2)
  })

  it('lets only the archivist and the jefe change it', async () => {
    o = await makeOffice()
    for (const role of ['audiovisual', 'profesional', 'administrador'] as const) {
      expect((await o.callError(role, 'retention', 'saveSerie', REGISTROS)).code).toBe('FORBIDDEN')
    }
    const id = await serieId()
    const asset = await seedAsset(o)
    expect((await o.callError('audiovisual', 'retention', 'assign', { assetIds: [asset], serieId: id })).code).toBe('FORBIDDEN')
    expect((await o.callError('audiovisual', 'retention', 'assignMatching', { serieId: id })).code).toBe('FORBIDDEN')
    expect(await retentionOf(asset)).toBeUndefined()
  })
})

describe('assigning series to assets', () => {
  it('assigns a batch with one audit entry, counting from each asset date, and unassigns', async () => {
    o = await makeOffice()
    const id = await serieId()
    const taken = await seedAsset(o, { captured_on: '2025-12-31' })
    // Entered at 02:00 UTC on 1 March: still 28 February in Colombia.
    const undated = await seedAsset(o, { captured_on: null, created_at: '2026-03-01T02:00:00.000Z' })
    const before = await auditCount(o)
    expect(await o.call('archivista', 'retention', 'assign', { assetIds: [taken, undated, taken], serieId: id })).toEqual({ assigned: 2 })
    expect(await auditCount(o)).toBe(before + 1)
    const audit = await o.core.db.selectFrom('audit_log').select('summary').orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit.summary).toBe('Asignó la serie 110.25 Registros audiovisuales – Eventos institucionales a 2 materiales del archivo')
    expect((await retentionOf(taken))?.starts_on).toBe('2025-12-31')
    expect((await retentionOf(undated))?.starts_on).toBe('2026-02-28')
    expect((await o.call('archivista', 'retention', 'series'))[0]?.assetCount).toBe(2)

    const other = await serieId('110.30')
    await o.call('jefe', 'retention', 'assign', { assetIds: [taken], serieId: other, startsOn: '2026-01-15' })
    expect(await retentionOf(taken)).toMatchObject({ serie_id: other, starts_on: '2026-01-15' })

    expect(await o.call('archivista', 'retention', 'unassign', { assetIds: [taken, undated] })).toEqual({ unassigned: 2 })
    expect(await retentionOf(taken)).toBeUndefined()
    expect((await o.callError('archivista', 'retention', 'unassign', { assetIds: [taken] })).code).toBe('VALIDATION')
  })

  it('refuses unknown assets and inactive series without writing anything', async () => {
    o = await makeOffice()
    const id = await serieId()
    const asset = await seedAsset(o)
    const before = await auditCount(o)
    expect((await o.callError('archivista', 'retention', 'assign', { assetIds: [asset, 99999], serieId: id })).code).toBe('NOT_FOUND')
    await o.call('archivista', 'retention', 'saveSerie', { ...REGISTROS, id, active: false })
    const inactive = await o.callError('archivista', 'retention', 'assign', { assetIds: [asset], serieId: id })
    expect(inactive.code).toBe('VALIDATION')
    expect(inactive.message).toContain('inactiva')
    expect(await retentionOf(asset)).toBeUndefined()
    expect(await auditCount(o)).toBe(before + 1)
  })

  it('assigns every asset matching the Archivo search filters', async () => {
    o = await makeOffice()
    const id = await serieId()
    const fiestas = await seedEvent(o, 'Fiestas del Retorno')
    const a = await seedAsset(o, { event_id: fiestas, keywords: ['desfile'] })
    const b = await seedAsset(o, { event_id: fiestas })
    const c = await seedAsset(o)
    expect(await o.call('archivista', 'retention', 'assignMatching', { filters: { eventId: [fiestas] }, serieId: id })).toEqual({ assigned: 2 })
    expect(await retentionOf(a)).toBeDefined()
    expect(await retentionOf(b)).toBeDefined()
    expect(await retentionOf(c)).toBeUndefined()
    const none = await o.callError('archivista', 'retention', 'assignMatching', { filters: { text: 'inexistentezzz' }, serieId: id })
    expect(none.code).toBe('VALIDATION')
  })
})

describe('due for transfer and final disposition', () => {
  it('follows the clock across year boundaries', async () => {
    o = await makeOffice()
    const id = await serieId('110.25', { yearsGestion: 1, yearsCentral: 2 })
    const newYear = await seedAsset(o, { captured_on: '2024-12-31', title: 'Alumbrado navideño' })
    const later = await seedAsset(o, { captured_on: '2025-01-01', title: 'Año nuevo' })
    await o.call('archivista', 'retention', 'assign', { assetIds: [newYear, later], serieId: id })

    o.clock.set('2025-12-31T04:59:00Z') // 30/12/2025 in Colombia
    expect(await o.call('profesional', 'retention', 'due')).toEqual({ asOf: '2025-12-30', transfer: [], disposition: [] })

    o.clock.set('2025-12-31T15:00:00Z')
    const first = await o.call('archivista', 'retention', 'due')
    expect(first.transfer.map((d) => [d.assetId, d.dueOn])).toEqual([[newYear, '2025-12-31']])
    expect(first.transfer[0]).toMatchObject({ serieLabel: '110.25 Registros audiovisuales – Eventos institucionales', disposition: 'conservacion_total', startsOn: '2024-12-31' })

    const nextYear = await o.call('archivista', 'retention', 'due', { asOf: '2026-01-01' })
    expect(nextYear.transfer.map((d) => d.assetId)).toEqual([newYear, later])

    const disposal = await o.call('archivista', 'retention', 'due', { asOf: '2027-12-31' })
    expect(disposal.disposition.map((d) => [d.assetId, d.dueOn])).toEqual([[newYear, '2027-12-31']])
    expect(disposal.transfer.map((d) => d.assetId)).toEqual([later])
  })
})

describe('inventory by serie', () => {
  it('groups assets by serie label, with the unassigned ones apart', async () => {
    o = await makeOffice()
    const id = await serieId()
    const a = await seedAsset(o, { size: 100 })
    const b = await seedAsset(o, { size: 200 })
    await seedAsset(o, { size: 50 })
    await o.call('archivista', 'retention', 'assign', { assetIds: [a, b], serieId: id })
    const now = o.clock.now()
    const ctx: Ctx = { core: o.core, db: o.core.db, clientId: 'tarea', now, nowIso: now.toISOString(), today: isoDateInColombia(now), user: null }
    const { inventory } = await loadArchiveInventory(ctx)
    expect(inventory.bySerie).toEqual([
      { label: '110.25 Registros audiovisuales – Eventos institucionales', count: 2, bytes: 300 },
      { label: 'Sin serie asignada', count: 1, bytes: 50 }
    ])
  })
})
