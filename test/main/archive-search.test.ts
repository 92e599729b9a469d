import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Contract } from '../../src/shared/contract'
import type { InputOf } from '../../src/shared/contract/define'
import { COUNT_CAP } from '../../src/main/archive/search'
import { rebuildSearchIndex } from '../../src/main/archive/search-index'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { catalogueId } from '../support/fixtures'
import { NEW_PHOTO, seedAsset, seedEvent } from './archive-seed'

let o: Office
beforeEach(async () => {
  o = await makeOffice()
})
afterEach(async () => o?.dispose())

const search = (input: InputOf<Contract['archive']['search']> = {}) => o.call('archivista', 'archive', 'search', input)
const titles = async (text: string) => (await o.call('profesional', 'archive', 'search', { filters: { text } })).items.map((i) => i.title)

describe('archive search', () => {
  it('finds words without their accents, in any field, and follows the typing with a prefix', async () => {
    await seedAsset(o, { title: 'Jornada de vacunación en Cajicá', captured_on: '2026-03-02' })
    await seedAsset(o, { title: 'Rueda de prensa', description: 'El alcalde habló de la campaña de VACUNACIÓN', captured_on: '2026-03-01' })
    await seedAsset(o, { title: 'Feria', keywords: ['niñez'], people: ['María Fernández'], place: 'Parque Principal', captured_on: '2026-02-01' })
    await seedAsset(o, { title: 'Consejo de gobierno', captured_on: '2026-01-01' })
    expect(await titles('vacunacion')).toEqual(['Jornada de vacunación en Cajicá', 'Rueda de prensa'])
    expect(await titles('Vacunación cajica')).toEqual(['Jornada de vacunación en Cajicá'])
    expect(await titles('vacu')).toEqual(['Jornada de vacunación en Cajicá', 'Rueda de prensa'])
    expect(await titles('ninez')).toEqual(['Feria'])
    expect(await titles('maria fernandez')).toEqual(['Feria'])
    expect(await titles('parque')).toEqual(['Feria'])
    expect(await titles('vacunación feria')).toEqual([])
    // Quotes and operators typed by the user are words, never FTS5 syntax errors.
    expect(await titles('"prensa" OR NEAR(')).toEqual([])
    expect(await titles('prensa AND')).toEqual([])
    expect(await titles('¿?')).toHaveLength(4)
  })

  it('finds a photo by its file name when it has no title yet', async () => {
    const id = await seedAsset(o, { original_name: 'IMG_0123.JPG' })
    const page = await search({ filters: { text: 'img_0123' } })
    expect(page.items.map((i) => i.id)).toEqual([id])
    expect(page.items[0]).toMatchObject({ title: 'IMG_0123.JPG', originalName: 'IMG_0123.JPG', thumbUrl: null, offline: false })
  })

  it('combines text, facets and the date range, and counts the matches', async () => {
    const evento = await seedEvent(o, 'Rueda de prensa 12/03/2026', '2026-03-12')
    const salud = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    const a = await seedAsset(o, { title: 'Vacunación 1', kind: 'foto', captured_on: '2026-03-12', event_id: evento, dependencia_id: salud, creator: 'Sofía' })
    const b = await seedAsset(o, { title: 'Vacunación 2', kind: 'video', captured_on: '2026-03-11', event_id: evento, creator: 'Sofía' })
    const c = await seedAsset(o, { title: 'Vacunación 3', kind: 'foto', captured_on: '2025-12-20', status: 'revisado', creator: 'Juan' })
    await seedAsset(o, { title: 'Otra cosa', kind: 'foto', captured_on: '2026-03-12', event_id: evento })
    const ids = async (filters: object) => {
      const page = await search({ filters })
      expect(page.total).toBe(page.items.length)
      return page.items.map((i) => i.id)
    }
    expect(await ids({ text: 'vacunacion' })).toEqual([a, b, c])
    expect(await ids({ text: 'vacunacion', kind: ['foto'] })).toEqual([a, c])
    expect(await ids({ text: 'vacunacion', year: [2025] })).toEqual([c])
    expect(await ids({ text: 'vacunacion', eventId: [evento] })).toEqual([a, b])
    expect(await ids({ dependenciaId: [salud] })).toEqual([a])
    expect(await ids({ creator: ['Sofía'], kind: ['foto', 'video'] })).toEqual([a, b])
    expect(await ids({ status: ['revisado'] })).toEqual([c])
    expect(await ids({ text: 'vacunacion', from: '2026-03-11', to: '2026-03-11' })).toEqual([b])
    expect(await ids({ from: '2026-01-01' })).toHaveLength(3)
    expect(await ids({ to: '2025-12-31' })).toEqual([c])
    // The event's name is searchable too.
    expect(await ids({ text: 'rueda prensa' })).toHaveLength(3)
  })

  it('pages by date with a keyset cursor: no duplicates, no gaps, undated assets last', async () => {
    const expected: number[] = []
    for (let i = 0; i < 23; i++) {
      // Several assets share a date, so the id breaks the tie across page boundaries.
      const day = String(1 + Math.floor(i / 3)).padStart(2, '0')
      expected.push(await seedAsset(o, { title: `Foto ${i}`, captured_on: i < 20 ? `2026-02-${day}` : null }))
    }
    const walk = async (sort: 'fecha_desc' | 'fecha_asc') => {
      const seen: number[] = []
      let cursor: string | null = null
      for (let guard = 0; guard < 20; guard++) {
        const page: Awaited<ReturnType<typeof search>> = await search({ sort, cursor, limit: 4 })
        expect(page.total).toBe(23)
        expect(page.items.length).toBeLessThanOrEqual(4)
        seen.push(...page.items.map((i) => i.id))
        cursor = page.nextCursor
        if (!cursor) break
      }
      return seen
    }
    const dated = expected.slice(0, 20)
    const undated = expected.slice(20)
    const byDateDesc = [...dated].sort((x, y) => {
      const dx = Math.floor((x - dated[0]!) / 3)
      const dy = Math.floor((y - dated[0]!) / 3)
      return dy - dx || y - x
    })
    expect(await walk('fecha_desc')).toEqual([...byDateDesc, ...[...undated].reverse()])
    const asc = await walk('fecha_asc')
    expect(asc).toEqual([...dated, ...undated])
    expect(new Set(asc).size).toBe(23)
  })

  it('refuses a cursor from another sort or a forged one', async () => {
    for (let i = 0; i < 3; i++) await seedAsset(o, { title: `Foto ${i}` })
    const first = await search({ sort: 'fecha_desc', limit: 1 })
    expect(first.nextCursor).not.toBeNull()
    const other = await o.callError('archivista', 'archive', 'search', { sort: 'fecha_asc', cursor: first.nextCursor, limit: 1 })
    expect(other.code).toBe('VALIDATION')
    const forged = await o.callError('archivista', 'archive', 'search', { cursor: 'no-es-un-cursor' })
    expect(forged).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Vuelva a buscar') })
  })

  it('sorts by relevance: a title match ranks above a description match, pages by offset', async () => {
    const inDescription = await seedAsset(o, { title: 'Evento', description: 'Se habló del acueducto veredal y de otras obras.' })
    const inTitle = await seedAsset(o, { title: 'Acueducto veredal de Rincón Santo' })
    const unrelated = await seedAsset(o, { title: 'Consejo' })
    const first = await search({ filters: { text: 'acueducto' }, sort: 'relevancia', limit: 1 })
    expect(first.items.map((i) => i.id)).toEqual([inTitle])
    expect(first.total).toBe(2)
    const second = await search({ filters: { text: 'acueducto' }, sort: 'relevancia', limit: 1, cursor: first.nextCursor })
    expect(second.items.map((i) => i.id)).toEqual([inDescription])
    expect(second.nextCursor).toBeNull()
    // Without words there is nothing to rank: newest first.
    const all = await search({ sort: 'relevancia' })
    expect(all.items.map((i) => i.id)).toContain(unrelated)
  })

  it('ranks by tiers (title, then keywords/people/place/event, then description), each newest first, and pages through every match', async () => {
    const inDescriptionOld = await seedAsset(o, { title: 'Evento', description: 'La feria del mercado campesino', captured_on: '2024-01-10' })
    const inKeywords = await seedAsset(o, { title: 'Plaza', captured_on: '2025-05-01' })
    await o.core.db.insertInto('asset_keywords').values({ asset_id: inKeywords, keyword: 'mercado' }).execute()
    const inTitleOld = await seedAsset(o, { title: 'Mercado campesino', captured_on: '2019-05-01' })
    const inTitleNew = await seedAsset(o, { title: 'Mercado de las pulgas', captured_on: '2026-02-01' })
    const inDescriptionNew = await seedAsset(o, { title: 'Otra', description: 'Mercado', captured_on: '2026-03-01' })
    await rebuildSearchIndex(o.core.db)
    const order: number[] = []
    let cursor: string | null = null
    for (let guard = 0; guard < 10; guard++) {
      const page: Awaited<ReturnType<typeof search>> = await search({ filters: { text: 'mercado' }, sort: 'relevancia', cursor, limit: 2 })
      expect(page.total).toBe(5)
      order.push(...page.items.map((i) => i.id))
      cursor = page.nextCursor
      if (!cursor) break
    }
    expect(order).toEqual([inTitleNew, inTitleOld, inKeywords, inDescriptionNew, inDescriptionOld])
    // The other filters apply inside every tier.
    const in2019 = await search({ filters: { text: 'mercado', year: [2019] }, sort: 'relevancia' })
    expect(in2019).toMatchObject({ total: 1, nextCursor: null })
    expect(in2019.items.map((i) => i.id)).toEqual([inTitleOld])
  })

  it('a long prefix finds every word it starts, whether it stands for a few words or for many', async () => {
    const few = [await seedAsset(o, { title: 'Vacunación en Chuntame' }), await seedAsset(o, { title: 'Niños vacunados' }), await seedAsset(o, { title: 'Vacunas' })]
    await seedAsset(o, { title: 'Vaca lechera' })
    const rows = Array.from({ length: 60 }, (_, i) => ({
      ...NEW_PHOTO,
      sha256: `b${i.toString(16)}`.padStart(64, '0'),
      size: 1,
      original_name: `P${i}.jpg`,
      master_path: `P${i}.jpg`,
      title: `Palabra${String(i).padStart(3, '0')}`
    }))
    await o.core.db.insertInto('assets').values(rows).execute()
    await rebuildSearchIndex(o.core.db)
    const found = async (text: string) => (await search({ filters: { text }, limit: 500 })).items.map((i) => i.id)
    expect((await found('vacun')).sort()).toEqual(few.sort())
    expect((await found('vacún')).sort()).toEqual(few.sort())
    expect(await found('vacunacion chunt')).toEqual([few[0]])
    expect(await found('palabra')).toHaveLength(60)
    expect(await found('palabra00')).toHaveLength(10)
  })

  it('a prefix read from the index once stands for the words indexed since', async () => {
    await seedAsset(o, { title: 'Jornada de vacunación', captured_on: '2026-03-02' })
    expect(await titles('vacu')).toEqual(['Jornada de vacunación'])
    await seedAsset(o, { title: 'Vacunatorio móvil', captured_on: '2026-03-03' })
    expect(await titles('vacu')).toEqual(['Vacunatorio móvil', 'Jornada de vacunación'])
    const first = (await o.call('archivista', 'archive', 'search', { filters: { text: 'vacu' } })).items[1]!
    await o.call('archivista', 'archive', 'update', { id: first.id, title: 'Vacaciones recreativas', status: 'catalogado' })
    expect(await titles('vacu')).toEqual(['Vacunatorio móvil'])
    expect(await titles('vaca')).toEqual(['Vacaciones recreativas'])
  })

  it('counts exactly up to the cap and says when there are more', async () => {
    const rows = Array.from({ length: COUNT_CAP + 5 }, (_, i) => ({
      ...NEW_PHOTO,
      sha256: `a${i.toString(16)}`.padStart(64, '0'),
      size: 1,
      original_name: `M${i}.jpg`,
      master_path: `M${i}.jpg`,
      captured_on: i % 2 === 0 ? '2026-03-01' : '2019-05-01',
      captured_year: i % 2 === 0 ? 2026 : 2019,
      title: 'Mercado campesino'
    }))
    await o.core.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 500) await trx.insertInto('assets').values(rows.slice(i, i + 500)).execute()
      await rebuildSearchIndex(trx)
    })
    expect(await search({ filters: { text: 'mercado' }, limit: 1 })).toMatchObject({ total: COUNT_CAP, totalCapped: true })
    expect(await search({ filters: { text: 'mercado', year: [2019] }, limit: 1 })).toMatchObject({ total: Math.floor((COUNT_CAP + 5) / 2), totalCapped: false })
    const facets = await o.call('archivista', 'archive', 'facets', { filters: { text: 'mercado' } })
    expect(facets.sampled).toBe(true)
    expect((await o.call('archivista', 'archive', 'facets', { filters: { text: 'mercado', year: [2019] } })).sampled).toBe(true)
    expect((await o.call('archivista', 'archive', 'facets', {})).sampled).toBe(false)
  })

  it('derives "vencida" from the expiry and today, in cards and in the consent filter', async () => {
    const expiring = await seedAsset(o, { title: 'Niños en el colegio', consent_status: 'otorgada', consent_granted_on: '2026-01-01', consent_expires_on: '2026-03-31' })
    const forever = await seedAsset(o, { title: 'Alcalde', consent_status: 'otorgada', consent_granted_on: '2026-01-01' })
    const pending = await seedAsset(o, { title: 'Público', consent_status: 'pendiente' })
    await seedAsset(o, { title: 'Paisaje' })
    const ids = async (consent: ('otorgada' | 'vencida' | 'pendiente' | 'no_requerida' | 'negada')[]) =>
      (await search({ filters: { consent } })).items.map((i) => i.id).sort((a, b) => a - b)
    expect(await ids(['otorgada'])).toEqual([expiring, forever])
    expect(await ids(['vencida'])).toEqual([])
    o.clock.set('2026-04-01T12:00:00Z')
    expect(await ids(['otorgada'])).toEqual([forever])
    expect(await ids(['vencida'])).toEqual([expiring])
    expect(await ids(['vencida', 'pendiente'])).toEqual([expiring, pending])
    const card = (await search({ filters: { text: 'colegio' } })).items[0]
    expect(card?.consent).toBe('vencida')
    expect((await o.call('archivista', 'archive', 'get', { id: expiring })).consent).toBe('vencida')
    const facets = await o.call('archivista', 'archive', 'facets', {})
    expect(facets.consent).toEqual(
      expect.arrayContaining([
        { value: 'vencida', count: 1 },
        { value: 'otorgada', count: 1 },
        { value: 'pendiente', count: 1 },
        { value: 'no_requerida', count: 1 }
      ])
    )
  })

  it('counts facet values under the other filters, each facet ignoring its own selection', async () => {
    const evento = await seedEvent(o, 'Feria de la niñez', '2026-04-30')
    const salud = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    await seedAsset(o, { title: 'Feria 1', kind: 'foto', captured_on: '2026-04-30', event_id: evento, creator: 'Sofía', dependencia_id: salud })
    await seedAsset(o, { title: 'Feria 2', kind: 'foto', captured_on: '2026-04-30', event_id: evento, creator: 'Sofía' })
    await seedAsset(o, { title: 'Feria 3', kind: 'video', captured_on: '2025-04-30', creator: 'Juan', status: 'catalogado' })
    await seedAsset(o, { title: 'Consejo', kind: 'audio', captured_on: null })
    const all = await o.call('profesional', 'archive', 'facets', {})
    expect(all.kind).toEqual([
      { value: 'foto', count: 2 },
      { value: 'audio', count: 1 },
      { value: 'video', count: 1 }
    ])
    expect(all.year).toEqual([
      { value: 2026, count: 2 },
      { value: 2025, count: 1 }
    ])
    expect(all.event).toEqual([{ value: evento, label: 'Feria de la niñez', count: 2 }])
    expect(all.dependencia).toEqual([{ value: salud, label: 'Secretaría de Salud', count: 1 }])
    expect(all.creator).toEqual([
      { value: 'Sofía', count: 2 },
      { value: 'Juan', count: 1 }
    ])
    expect(all.status).toEqual([
      { value: 'sin_catalogar', count: 3 },
      { value: 'catalogado', count: 1 }
    ])
    const fotos = await o.call('profesional', 'archive', 'facets', { filters: { text: 'feria', kind: ['foto'] } })
    // The kind facet still offers the video that "feria" finds; the others count only photos.
    expect(fotos.kind).toEqual([
      { value: 'foto', count: 2 },
      { value: 'video', count: 1 }
    ])
    expect(fotos.year).toEqual([{ value: 2026, count: 2 }])
    expect(fotos.creator).toEqual([{ value: 'Sofía', count: 2 }])
  })

  it('re-indexes on update and when an event is renamed', async () => {
    const evento = await seedEvent(o, 'Rueda de prensa')
    const id = await seedAsset(o, { title: 'Sin título', event_id: evento })
    expect(await titles('acueducto')).toEqual([])
    const detail = await o.call('archivista', 'archive', 'get', { id })
    await o.call('archivista', 'archive', 'update', {
      id,
      title: 'Inauguración del acueducto',
      description: detail.description,
      keywords: ['agua potable'],
      people: ['Gobernador'],
      eventId: evento,
      status: 'catalogado'
    })
    expect(await titles('acueducto')).toEqual(['Inauguración del acueducto'])
    expect(await titles('potable')).toEqual(['Inauguración del acueducto'])
    expect(await titles('gobernador')).toEqual(['Inauguración del acueducto'])
    expect(await titles('sin titulo')).toEqual([])
    await o.call('archivista', 'archive', 'saveEvent', { id: evento, name: 'Entrega de obras 2026' })
    expect(await titles('entrega obras')).toEqual(['Inauguración del acueducto'])
    expect(await titles('rueda')).toEqual([])
  })
})
