import { afterEach, describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../src/main/db/connection'
import { makeOffice } from '../support/core'
import { auditCount, type Office } from '../support/fixtures'
import { useBareDatabase } from '../support/migration-db'
import { seedAsset, seedEvent } from './archive-seed'

let o: Office
afterEach(async () => o?.dispose())

const open = useBareDatabase()

describe('0012_archive_curation', () => {
  it('adds saved searches with their rules in the schema', async () => {
    const { sqlite, unknownDb: db } = open()
    await migrateToLatest(db, '0011_risks_improvement')
    const now = '2026-03-10T14:00:00.000Z'
    const { lastInsertRowid: userId } = sqlite
      .prepare("INSERT INTO users (username, full_name, email, role, password_hash, active, created_at, updated_at) VALUES ('rosa', 'Rosa Castro', '', 'archivista', 'x', 1, ?, ?)")
      .run(now, now)
    expect(await migrateToLatest(db, '0012_archive_curation')).toEqual(['0012_archive_curation'])
    const insert = sqlite.prepare('INSERT INTO saved_searches (owner_id, name, filters, sort, shared, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    insert.run(userId, 'Vacunación', '{"text":"vacunación"}', 'fecha_desc', 1, now, now)
    // The schema folds ASCII capitals; the service also folds accents.
    expect(() => insert.run(userId, 'VACUNACIóN', '{}', 'fecha_desc', 0, now, now)).toThrow(/UNIQUE/)
    expect(() => insert.run(userId, '   ', '{}', 'fecha_desc', 0, now, now)).toThrow(/CHECK/)
    expect(() => insert.run(userId, 'Otra', 'no es json', 'fecha_desc', 0, now, now)).toThrow(/CHECK/)
    expect(() => insert.run(userId, 'Otra', '[1, 2]', 'fecha_desc', 0, now, now)).toThrow(/CHECK/)
    expect(() => insert.run(userId, 'Otra', '{}', 'alfabetico', 0, now, now)).toThrow(/CHECK/)
    expect(() => insert.run(userId, 'Otra', '{}', 'fecha_desc', 2, now, now)).toThrow(/CHECK/)
    expect(() => insert.run(9999, 'Otra', '{}', 'fecha_desc', 0, now, now)).toThrow(/FOREIGN KEY/)
  })
})

describe('saved searches', () => {
  it('saves, lists, renames and deletes a person’s own searches, with the audit trail', async () => {
    o = await makeOffice()
    const before = await auditCount(o)
    const saved = await o.call('archivista', 'archiveBatch', 'saveSearch', {
      name: 'Vacunación 2026',
      filters: { text: 'vacunación', year: [2026], kind: ['foto'] },
      sort: 'relevancia'
    })
    expect(saved).toMatchObject({ name: 'Vacunación 2026', filters: { text: 'vacunación', year: [2026], kind: ['foto'] }, sort: 'relevancia', shared: false, mine: true, ownerName: 'Rosa Castro' })
    await o.call('archivista', 'archiveBatch', 'saveSearch', { name: 'Alcalde', filters: { creator: ['Sofía Martínez'] } })
    expect((await o.call('archivista', 'archiveBatch', 'savedSearches')).map((s) => s.name)).toEqual(['Alcalde', 'Vacunación 2026'])

    const renamed = await o.call('archivista', 'archiveBatch', 'saveSearch', { id: saved.id, name: 'Jornadas de vacunación', filters: saved.filters, sort: 'fecha_desc' })
    expect(renamed).toMatchObject({ id: saved.id, name: 'Jornadas de vacunación', sort: 'fecha_desc' })
    const left = await o.call('archivista', 'archiveBatch', 'deleteSearch', { id: saved.id })
    expect(left.map((s) => s.name)).toEqual(['Alcalde'])
    expect(await auditCount(o)).toBe(before + 4)
    const summaries = await o.core.db.selectFrom('audit_log').select('summary').orderBy('id', 'desc').limit(4).execute()
    expect(summaries.map((s) => s.summary)).toEqual([
      'Eliminó la búsqueda guardada «Jornadas de vacunación» del archivo',
      'Actualizó la búsqueda guardada «Jornadas de vacunación» del archivo',
      'Guardó la búsqueda «Alcalde» del archivo',
      'Guardó la búsqueda «Vacunación 2026» del archivo'
    ])
  })

  it('refuses a repeated name per person, whatever the capitals and accents, but not across people', async () => {
    o = await makeOffice()
    await o.call('archivista', 'archiveBatch', 'saveSearch', { name: 'Vacunación' })
    const before = await auditCount(o)
    const twin = await o.callError('archivista', 'archiveBatch', 'saveSearch', { name: 'VACUNACION ' })
    expect(twin).toMatchObject({ code: 'CONFLICT', fields: { name: 'Ya tiene una búsqueda con este nombre.' } })
    expect(twin.message).toBe('Ya tiene una búsqueda guardada con el nombre «VACUNACION». Elija otro nombre o reemplace esa.')
    const blank = await o.callError('archivista', 'archiveBatch', 'saveSearch', { name: '  ' })
    expect(blank.fields?.name).toBe('El nombre de la búsqueda es obligatorio.')
    expect(await auditCount(o)).toBe(before)
    expect(await o.call('profesional', 'archiveBatch', 'saveSearch', { name: 'Vacunación' })).toMatchObject({ mine: true, ownerName: 'Andrés Rojas' })
  })

  it('shows shared searches to the whole office, read-only for everyone but the owner', async () => {
    o = await makeOffice()
    const shared = await o.call('archivista', 'archiveBatch', 'saveSearch', { name: 'Fiestas patronales', filters: { text: 'fiestas' }, shared: true })
    const personal = await o.call('archivista', 'archiveBatch', 'saveSearch', { name: 'Pendientes de revisar', filters: { status: ['catalogado'] } })
    const seen = await o.call('profesional', 'archiveBatch', 'savedSearches')
    expect(seen).toEqual([expect.objectContaining({ id: shared.id, name: 'Fiestas patronales', shared: true, mine: false, ownerName: 'Rosa Castro' })])

    const before = await auditCount(o)
    const rename = await o.callError('profesional', 'archiveBatch', 'saveSearch', { id: shared.id, name: 'Mías' })
    expect(rename.code).toBe('FORBIDDEN')
    expect((await o.callError('jefe', 'archiveBatch', 'deleteSearch', { id: shared.id })).code).toBe('FORBIDDEN')
    expect((await o.callError('profesional', 'archiveBatch', 'deleteSearch', { id: personal.id })).code).toBe('NOT_FOUND')
    expect(await auditCount(o)).toBe(before)

    // Unsharing hides it again.
    await o.call('archivista', 'archiveBatch', 'saveSearch', { id: shared.id, name: 'Fiestas patronales', filters: { text: 'fiestas' }, shared: false })
    expect(await o.call('profesional', 'archiveBatch', 'savedSearches')).toEqual([])
  })

  it('keeps a search whose event no longer exists: it applies and matches nothing', async () => {
    o = await makeOffice()
    const event = await seedEvent(o, 'Evento retirado')
    const asset = await seedAsset(o, { event_id: event })
    const saved = await o.call('archivista', 'archiveBatch', 'saveSearch', { name: 'Evento retirado', filters: { eventId: [event] } })
    await o.call('archivista', 'archiveBatch', 'apply', { assetIds: [asset], change: { set: { eventId: null } } })
    await o.core.db.deleteFrom('archive_events').where('id', '=', event).execute()
    const [again] = await o.call('archivista', 'archiveBatch', 'savedSearches')
    expect(again?.filters).toEqual({ eventId: [event] })
    expect((await o.call('archivista', 'archive', 'search', { filters: again!.filters })).total).toBe(0)
    expect(saved.id).toBe(again?.id)
  })

  it('reads back what still applies from filters saved with a value the vocabulary no longer has', async () => {
    o = await makeOffice()
    const saved = await o.call('archivista', 'archiveBatch', 'saveSearch', { name: 'Antigua', filters: { text: 'plaza' } })
    await o.core.db.updateTable('saved_searches').set({ filters: JSON.stringify({ text: 'plaza', kind: ['holograma'] }) }).where('id', '=', saved.id).execute()
    const [read] = await o.call('archivista', 'archiveBatch', 'savedSearches')
    expect(read?.filters).toEqual({ text: 'plaza' })
  })
})
