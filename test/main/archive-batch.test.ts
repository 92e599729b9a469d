import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { rebuildSearchIndex } from '../../src/main/archive/search-index'
import type { Contract, InputOf } from '../../src/shared/contract'
import { makeOffice } from '../support/core'
import { auditCount, catalogueId, type Office } from '../support/fixtures'
import { seedAsset, seedEvent } from './archive-seed'

let o: Office
afterEach(async () => o?.dispose())

type BatchInput = InputOf<Contract['archiveBatch']['apply']>

const apply = (input: BatchInput, who: 'archivista' | 'jefe' | 'audiovisual' = 'archivista') => o.call(who, 'archiveBatch', 'apply', input)

async function keywordsOf(id: number): Promise<string[]> {
  const rows = await o.core.db.selectFrom('asset_keywords').select('keyword').where('asset_id', '=', id).orderBy('keyword').execute()
  return rows.map((r) => r.keyword)
}

async function peopleOf(id: number): Promise<string[]> {
  const rows = await o.core.db.selectFrom('asset_people').select('name').where('asset_id', '=', id).orderBy('name').execute()
  return rows.map((r) => r.name)
}

const asset = (id: number) => o.core.db.selectFrom('assets').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

async function found(text: string): Promise<number[]> {
  const page = await o.call('profesional', 'archive', 'search', { filters: { text } })
  return page.items.map((a) => a.id).sort((a, b) => a - b)
}

/** Snapshot of everything a batch may touch, to prove a refused batch left nothing behind. */
async function snapshot() {
  const db = o.core.db
  return {
    assets: await db.selectFrom('assets').selectAll().orderBy('id').execute(),
    keywords: await db.selectFrom('asset_keywords').selectAll().orderBy('asset_id').orderBy('keyword').execute(),
    people: await db.selectFrom('asset_people').selectAll().orderBy('asset_id').orderBy('name').execute(),
    search: (await sql`SELECT rowid, * FROM asset_search ORDER BY rowid`.execute(db)).rows,
    audit: await auditCount(o)
  }
}

describe('batch edit by ids', () => {
  it('sets fields and adds keywords and people without duplicates, re-indexing for accent-free search, with one audit entry', async () => {
    o = await makeOffice()
    const event = await seedEvent(o, 'Feria de las Flores 2026')
    const salud = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    const a = await seedAsset(o, { keywords: ['Vacunación', 'plaza'], people: ['Marta Lucía Rincón'] })
    const b = await seedAsset(o, { keywords: ['borrador'] })
    const c = await seedAsset(o)
    const untouched = await seedAsset(o, { keywords: ['borrador'] })
    const before = await auditCount(o)
    o.clock.advanceDays(1)

    const result = await apply({
      assetIds: [a, b, c, a],
      change: {
        set: { eventId: event, dependenciaId: salud, place: 'Parque principal', city: 'Cajicá', status: 'catalogado', rating: 4 },
        addKeywords: ['vacunacion', 'Jornada de salud', 'jornada de salud'],
        removeKeywords: ['BORRADOR'],
        addPeople: ['Marta Lucia Rincon', 'Fabio Ramírez']
      }
    })
    expect(result).toEqual({ matched: 3, changed: 3 })

    // "vacunacion" is the same word as "Vacunación": the first spelling stays, once.
    expect(await keywordsOf(a)).toEqual(['Jornada de salud', 'Vacunación', 'plaza'])
    expect(await keywordsOf(b)).toEqual(['Jornada de salud', 'vacunacion'])
    expect(await keywordsOf(c)).toEqual(['Jornada de salud', 'vacunacion'])
    expect(await keywordsOf(untouched)).toEqual(['borrador'])
    expect(await peopleOf(a)).toEqual(['Fabio Ramírez', 'Marta Lucía Rincón'])
    expect(await peopleOf(c)).toEqual(['Fabio Ramírez', 'Marta Lucia Rincon'])
    for (const id of [a, b, c]) {
      expect(await asset(id)).toMatchObject({
        event_id: event,
        dependencia_id: salud,
        place: 'Parque principal',
        city: 'Cajicá',
        status: 'catalogado',
        rating: 4,
        updated_at: o.clock.now().toISOString()
      })
    }
    expect((await asset(untouched)).event_id).toBeNull()

    // The search index follows: accents, the event's name and the new place all find the batch.
    expect(await found('jornada salud')).toEqual([a, b, c])
    expect(await found('feria flores')).toEqual([a, b, c])
    expect(await found('cajica parque')).toEqual([a, b, c])
    expect(await found('fabio ramirez')).toEqual([a, b, c])
    expect(await found('borrador')).toEqual([untouched])
    // The facets follow too: the new event, dependencia and status filter the batch in.
    const faceted = await o.call('profesional', 'archive', 'search', { filters: { eventId: [event], dependenciaId: [salud], status: ['catalogado'] } })
    expect(faceted.items.map((x) => x.id).sort((x, y) => x - y)).toEqual([a, b, c])
    expect((await o.call('profesional', 'archive', 'facets', { filters: {} })).status).toEqual(
      expect.arrayContaining([{ value: 'catalogado', count: 3 }, { value: 'sin_catalogar', count: 1 }])
    )

    expect(await auditCount(o)).toBe(before + 1)
    const entry = await o.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ action: 'archive.batch_updated', entity_type: 'asset', entity_id: null, actor_id: o.users.archivista })
    expect(entry.summary).toBe(
      'Editó en lote la catalogación de 3 materiales del archivo: Lugar: «Parque principal»; Municipio: «Cajicá»; Evento: «Feria de las Flores 2026»; ' +
        'Dependencia: «Secretaría de Salud»; Valoración: 4 estrellas; Estado de catalogación: Catalogado; ' +
        'Añadir palabras clave: vacunacion, Jornada de salud; Quitar palabras clave: BORRADOR; Añadir personas: Marta Lucia Rincon, Fabio Ramírez'
    )
    const details = JSON.parse(entry.details ?? '{}') as { assetIds: number[]; matched: number; change: { set: Record<string, unknown> } }
    expect(details.assetIds).toEqual([a, b, c])
    expect(details.matched).toBe(3)
    expect(details.change.set).toMatchObject({ eventId: event, place: 'Parque principal' })

    // The asset's history finds the batch through the ids in its details.
    const history = await sql<{ summary: string }>`
      SELECT summary FROM audit_log WHERE action = 'archive.batch_updated' AND ${c} IN (SELECT value FROM json_each(details, '$.assetIds'))`.execute(o.core.db)
    expect(history.rows).toHaveLength(1)
  })

  it('only counts and audits the assets that really change, and writes nothing when none does', async () => {
    o = await makeOffice()
    const done = await seedAsset(o, { status: 'catalogado', keywords: ['Cajicá'] })
    const pending = await seedAsset(o, { status: 'sin_catalogar' })
    const stamp = (await asset(done)).updated_at
    o.clock.advanceDays(1)
    expect(await apply({ assetIds: [done, pending], change: { set: { status: 'catalogado' }, addKeywords: ['cajica'] } })).toEqual({ matched: 2, changed: 1 })
    expect((await asset(done)).updated_at).toBe(stamp)
    expect(await keywordsOf(pending)).toEqual(['cajica'])
    const entry = await o.core.db.selectFrom('audit_log').select(['entity_id', 'summary']).orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(entry.entity_id).toBe(pending)
    expect(entry.summary).toMatch(/^Editó en lote la catalogación de 1 material del archivo: /)

    const before = await auditCount(o)
    expect(await apply({ assetIds: [done, pending], change: { set: { status: 'catalogado' } } })).toEqual({ matched: 2, changed: 0 })
    expect(await auditCount(o)).toBe(before)
  })

  it('clears a text field or the event when asked, and removes keywords in any spelling', async () => {
    o = await makeOffice()
    const event = await seedEvent(o, 'Rueda de prensa 12/03/2026')
    const id = await seedAsset(o, { description: 'Texto viejo', event_id: event, keywords: ['Rueda de prensa', 'Alcaldía'] })
    await apply({ assetIds: [id], change: { set: { description: '', eventId: null }, removeKeywords: ['alcaldia'] } })
    expect(await asset(id)).toMatchObject({ description: '', event_id: null })
    expect(await keywordsOf(id)).toEqual(['Rueda de prensa'])
    expect(await found('alcaldia')).toEqual([])
    expect(await found('texto')).toEqual([])
  })
})

describe('batch edit by the search filters', () => {
  it('applies to every asset the filters and words find, and only to those', async () => {
    o = await makeOffice()
    const event = await seedEvent(o, 'Rueda de prensa 12/03/2026')
    const x = await seedAsset(o, { description: 'Jornada de vacunación', captured_on: '2026-03-12' })
    const y = await seedAsset(o, { description: 'Vacunación en la vereda', captured_on: '2026-03-14' })
    const older = await seedAsset(o, { description: 'Vacunación de 2025', captured_on: '2025-05-01' })
    const other = await seedAsset(o, { description: 'Mercado campesino', captured_on: '2026-03-12' })
    const result = await apply({ filters: { text: 'vacunacion', from: '2026-01-01' }, change: { set: { eventId: event }, addKeywords: ['salud pública'] } }, 'jefe')
    expect(result).toEqual({ matched: 2, changed: 2 })
    expect((await asset(x)).event_id).toBe(event)
    expect((await asset(y)).event_id).toBe(event)
    expect((await asset(older)).event_id).toBeNull()
    expect((await asset(other)).event_id).toBeNull()
    expect(await found('salud publica')).toEqual([x, y])
    const entry = await o.core.db.selectFrom('audit_log').select('details').orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(JSON.parse(entry.details ?? '{}')).toMatchObject({ assetIds: [x, y], filters: { text: 'vacunacion', from: '2026-01-01' } })
  })

  it('refuses an empty search and one larger than a batch, writing nothing', async () => {
    o = await makeOffice()
    await seedAsset(o, { description: 'Concierto en el parque' })
    const before = await snapshot()
    const empty = await o.callError('archivista', 'archiveBatch', 'apply', { filters: { text: 'inexistente' }, change: { addKeywords: ['x'] } })
    expect(empty.code).toBe('VALIDATION')
    expect(empty.message).toMatch(/Ningún material coincide con la búsqueda actual/)
    await bulkAssets(5001)
    const mid = await snapshot()
    const tooMany = await o.callError('archivista', 'archiveBatch', 'apply', { filters: {}, change: { addKeywords: ['x'] } })
    expect(tooMany.code).toBe('VALIDATION')
    expect(tooMany.message).toBe(
      'La búsqueda encuentra más de 5.000 materiales y un lote admite como máximo 5.000. Afine la búsqueda con palabras o filtros y vuelva a intentarlo.'
    )
    expect(await snapshot()).toEqual(mid)
    expect(before.audit).toBe(mid.audit)
  })
})

/** Inserts n photos in one statement and rebuilds the index: a big archive in a fraction of a second. */
async function bulkAssets(n: number): Promise<number[]> {
  await sql`
    WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${n})
    INSERT INTO assets (kind, sha256, size, mime, original_name, storage_mode, master_path, captured_on, captured_year, title, status, created_at, updated_at)
    SELECT 'foto', printf('%064x', i + 1000000), 1000, 'image/jpeg', printf('IMG_%05d.JPG', i), 'copia', printf('2026/03/IMG_%05d.JPG', i),
      '2026-03-12', 2026, 'Cabalgata ' || i, 'sin_catalogar', '2026-03-12T15:00:00.000Z', '2026-03-12T15:00:00.000Z'
    FROM seq`.execute(o.core.db)
  await sql`INSERT INTO asset_keywords (asset_id, keyword) SELECT id, 'Cabalgata' FROM assets WHERE title LIKE 'Cabalgata %'`.execute(o.core.db)
  await rebuildSearchIndex(o.core.db)
  const rows = await o.core.db.selectFrom('assets').select('id').where('title', 'like', 'Cabalgata %').orderBy('id').execute()
  return rows.map((r) => r.id)
}

describe('a large batch', () => {
  it('edits 5000 assets in one quick transaction', async () => {
    o = await makeOffice()
    const event = await seedEvent(o, 'Cabalgata de San Pedro 2026')
    const ids = await bulkAssets(5000)
    const started = performance.now()
    const result = await apply({
      assetIds: ids,
      change: { set: { eventId: event, creator: 'Sofía Martínez', status: 'catalogado' }, addKeywords: ['Fiestas patronales'], removeKeywords: ['cabalgata'] }
    })
    const elapsed = performance.now() - started
    expect(result).toEqual({ matched: 5000, changed: 5000 })
    // Measured 0.4–0.6 s on the shared 2-core machine (the search index takes most of it); the bound
    // leaves room for a busy machine and still fails a per-asset loop, which takes several seconds.
    expect(elapsed).toBeLessThan(1500)
    const page = await o.call('archivista', 'archive', 'search', { filters: { text: 'fiestas patronales' }, limit: 1 })
    expect(page.total).toBe(5000)
    expect((await o.call('archivista', 'archive', 'search', { filters: { text: 'cabalgata san pedro' }, limit: 1 })).total).toBe(5000)
    expect(await keywordsOf(ids[4999]!)).toEqual(['Fiestas patronales'])
  }, 30_000)
})

describe('refused batches', () => {
  it('lets only the roles that catalogue edit in batch', async () => {
    o = await makeOffice()
    const id = await seedAsset(o)
    const before = await snapshot()
    for (const role of ['profesional', 'disenador', 'community_manager', 'administrador'] as const) {
      const error = await o.callError(role, 'archiveBatch', 'apply', { assetIds: [id], change: { addKeywords: ['x'] } })
      expect(error.code).toBe('FORBIDDEN')
      expect((await o.callError(role, 'archiveBatch', 'preview', { assetIds: [id], change: { addKeywords: ['x'] } })).code).toBe('FORBIDDEN')
    }
    expect(await snapshot()).toEqual(before)
    expect(await apply({ assetIds: [id], change: { addKeywords: ['cubrimiento'] } }, 'audiovisual')).toEqual({ matched: 1, changed: 1 })
  })

  it('refuses bad input with a message that says what to do, leaving everything as it was', async () => {
    o = await makeOffice()
    const id = await seedAsset(o, { keywords: ['parque'] })
    const event = await seedEvent(o, 'Concierto')
    const inactive = await catalogueId(o, 'dependencia', 'Oficina Jurídica')
    await o.core.db.updateTable('catalogue_items').set({ active: 0 }).where('id', '=', inactive).execute()
    const canal = await o.core.db.selectFrom('catalogue_items').select('id').where('kind', '=', 'canal').executeTakeFirstOrThrow()
    const before = await snapshot()
    const err = (input: BatchInput) => o.callError('archivista', 'archiveBatch', 'apply', input)

    const nothing = await err({ assetIds: [id], change: {} })
    expect(nothing).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/^Indique al menos un cambio/) })
    const unknownEvent = await err({ assetIds: [id], change: { set: { eventId: event + 99 } } })
    expect(unknownEvent).toMatchObject({ code: 'VALIDATION', fields: { 'change.set.eventId': 'Elija un evento de la lista.' } })
    const notDependencia = await err({ assetIds: [id], change: { set: { dependenciaId: canal.id } } })
    expect(notDependencia.fields?.['change.set.dependenciaId']).toMatch(/no es una dependencia del catálogo/)
    const off = await err({ assetIds: [id], change: { set: { dependenciaId: inactive } } })
    expect(off.message).toMatch(/«Oficina Jurídica» está inactivo/)
    const missing = await err({ assetIds: [id, id + 500], change: { addKeywords: ['x'] } })
    expect(missing.code).toBe('NOT_FOUND')
    const both = await err({ assetIds: [id], change: { addKeywords: ['Parque'], removeKeywords: ['parque'] } })
    expect(both.message).toBe('«Parque» está a la vez para añadir y para quitar. Déjela solo en una de las dos listas.')
    const tooMany = await err({ assetIds: Array.from({ length: 5001 }, (_, i) => i + 1), change: { addKeywords: ['x'] } })
    expect(tooMany).toMatchObject({ code: 'VALIDATION', fields: { assetIds: 'Un lote admite como máximo 5.000 materiales.' } })
    const twoWays = await err({ assetIds: [id], filters: {}, change: { addKeywords: ['x'] } })
    expect(twoWays.fields?.assetIds).toMatch(/no ambas cosas/)
    const neither = await err({ change: { addKeywords: ['x'] } })
    expect(neither.code).toBe('VALIDATION')
    const badRating = await err({ assetIds: [id], change: { set: { rating: 9 } } })
    expect(badRating.fields?.['change.set.rating']).toBeDefined()

    expect(await snapshot()).toEqual(before)
  })
})

describe('preview', () => {
  it('tells how many assets change and how, without writing anything', async () => {
    o = await makeOffice()
    const event = await seedEvent(o, 'Rueda de prensa 12/03/2026')
    const a = await seedAsset(o, { title: 'Alcalde con la prensa', captured_on: '2026-03-12', keywords: ['prensa'] })
    const b = await seedAsset(o, { title: 'Sala de prensa', captured_on: '2026-03-13', keywords: ['prensa'] })
    const before = await snapshot()
    const preview = await o.call('archivista', 'archiveBatch', 'preview', {
      assetIds: [a, b],
      change: { set: { eventId: event, description: '' }, addKeywords: ['Prensa', 'Rueda de prensa'] }
    })
    expect(preview).toEqual({
      matched: 2,
      changed: 2,
      changes: ['Descripción: se borra', 'Evento: «Rueda de prensa 12/03/2026»', 'Añadir palabras clave: Prensa, Rueda de prensa'],
      sample: ['Sala de prensa', 'Alcalde con la prensa']
    })
    expect(await snapshot()).toEqual(before)
    const none = await o.call('archivista', 'archiveBatch', 'preview', { assetIds: [a, b], change: { addKeywords: ['PRENSA'] } })
    expect(none).toMatchObject({ matched: 2, changed: 0 })
  })
})
