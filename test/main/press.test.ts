import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeOffice } from '../support/core'
import { addPlanActivity, auditCount, type Office } from '../support/fixtures'
import { seedAsset } from './archive-seed'
import { addContact, boletinPiece, seedClip } from './press-support'

let o: Office
let activityId: number
beforeEach(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
})
afterEach(async () => o?.dispose())

describe('press bulletins', () => {
  it('proposes the next number of the year, refuses a duplicate and a second bulletin for the same piece', async () => {
    const first = await boletinPiece(o, activityId, 'Avanza la malla vial', true)
    const second = await boletinPiece(o, activityId, 'Festival del Maíz', false)
    expect(await o.call('profesional', 'press', 'nextBulletinNumber', { year: 2026 })).toEqual({ year: 2026, number: 1 })
    expect((await o.call('profesional', 'press', 'bulletinPieces', {})).map((p) => [p.title, p.ready])).toEqual([
      ['Festival del Maíz', false],
      ['Avanza la malla vial', true]
    ])

    const b = await o.call('profesional', 'press', 'registerBulletin', { pieceId: first, issuedOn: '2026-03-10', number: 45 })
    expect(b).toMatchObject({ label: 'Boletín N.º 045 de 2026', year: 2026, number: 45, pieceTitle: 'Avanza la malla vial', ready: true, sends: [] })
    expect(await o.call('profesional', 'press', 'nextBulletinNumber', { year: 2026 })).toEqual({ year: 2026, number: 46 })
    expect(await o.call('profesional', 'press', 'nextBulletinNumber', { year: 2025 })).toEqual({ year: 2025, number: 1 })

    const before = await auditCount(o)
    const duplicate = await o.callError('profesional', 'press', 'registerBulletin', { pieceId: second, issuedOn: '2026-03-09', number: 45 })
    expect(duplicate.code).toBe('CONFLICT')
    expect(duplicate.message).toBe('El Boletín N.º 045 de 2026 ya está registrado («Avanza la malla vial»). El siguiente número libre de 2026 es el 046.')
    expect(duplicate.fields).toEqual({ number: 'Este número ya está registrado en 2026.' })
    const again = await o.callError('profesional', 'press', 'registerBulletin', { pieceId: first, issuedOn: '2026-03-10', number: 46 })
    expect(again.message).toBe(`La pieza ${b.pieceCode} ya es el Boletín N.º 045 de 2026.`)
    expect(await auditCount(o)).toBe(before)
    expect(await o.core.db.selectFrom('press_bulletins').selectAll().execute()).toHaveLength(1)

    // The same number in another year is another bulletin.
    const lastYear = await o.call('profesional', 'press', 'registerBulletin', { pieceId: second, issuedOn: '2025-12-30', number: 45 })
    expect(lastYear.label).toBe('Boletín N.º 045 de 2025')
    expect((await o.call('jefe', 'press', 'bulletins', { year: 2026 })).map((r) => r.label)).toEqual(['Boletín N.º 045 de 2026'])
    expect((await o.call('jefe', 'press', 'bulletins', { search: 'maíz' })).map((r) => r.label)).toEqual(['Boletín N.º 045 de 2025'])
    const [audit] = await o.call('jefe', 'audit', 'list', { entityType: 'press_bulletin', entityId: b.id })
    expect(audit?.summary).toBe(`Registró el Boletín N.º 045 de 2026 con la pieza ${b.pieceCode} «Avanza la malla vial»`)
  })

  it('refuses pieces that are not bulletins, a date after today, and roles outside the press team', async () => {
    const { id: graphic } = await o.call('jefe', 'pieces', 'create', {
      title: 'Afiche del Festival',
      type: 'pieza_grafica',
      activityId,
      writerId: o.users.profesional,
      designerId: o.users.disenador,
      channelIds: [],
      audienceIds: [],
      dueDate: '2026-03-20'
    })
    const notBulletin = await o.callError('profesional', 'press', 'registerBulletin', { pieceId: graphic, issuedOn: '2026-03-10', number: 1 })
    expect(notBulletin).toMatchObject({ code: 'VALIDATION', fields: { pieceId: 'Elija una pieza de tipo «Boletín de prensa».' } })
    const piece = await boletinPiece(o, activityId, 'Consejo de seguridad', true)
    const future = await o.callError('profesional', 'press', 'registerBulletin', { pieceId: piece, issuedOn: '2026-03-11', number: 1 })
    expect(future.fields).toEqual({ issuedOn: 'La fecha no puede ser posterior a hoy.' })
    const designer = await o.callError('disenador', 'press', 'registerBulletin', { pieceId: piece, issuedOn: '2026-03-10', number: 1 })
    expect(designer.code).toBe('FORBIDDEN')
    expect(await o.core.db.selectFrom('press_bulletins').selectAll().execute()).toEqual([])
  })

  it('sends only with the approvals, naming what is missing, and keeps who was on each list at that moment', async () => {
    const draft = await boletinPiece(o, activityId, 'Borrador de boletín', false)
    const approved = await boletinPiece(o, activityId, 'Boletín aprobado', true)
    const pending = await o.call('profesional', 'press', 'registerBulletin', { pieceId: draft, issuedOn: '2026-03-10', number: 1 })
    const ready = await o.call('profesional', 'press', 'registerBulletin', { pieceId: approved, issuedOn: '2026-03-10', number: 2 })
    const ana = await addContact(o, 'Ana Beltrán', 'El Tiempo', 'ana@example.co')
    const luis = await addContact(o, 'Luis Moreno', 'Caracol Radio', 'luis@example.co')
    const regional = await o.call('profesional', 'press', 'saveList', { name: 'Medios regionales', memberIds: [ana, luis] })
    const empty = await o.call('profesional', 'press', 'saveList', { name: 'Vacía' })

    const before = await auditCount(o)
    const refused = await o.callError('profesional', 'press', 'sendBulletin', { bulletinId: pending.id, listIds: [regional.id] })
    expect(refused.code).toBe('INVALID_TRANSITION')
    expect(refused.message).toBe('El Boletín N.º 001 de 2026 aún no se puede enviar. Falta la aprobación del contenido (la pieza está en «Borrador»).')
    const toEmpty = await o.callError('profesional', 'press', 'sendBulletin', { bulletinId: ready.id, listIds: [regional.id, empty.id] })
    expect(toEmpty.message).toBe('La lista «Vacía» no tiene contactos activos. Agregue periodistas a la lista o elija otra.')
    expect(await auditCount(o)).toBe(before)
    expect(await o.core.db.selectFrom('bulletin_sends').selectAll().execute()).toEqual([])

    o.clock.set('2026-03-10T15:30:00Z')
    const sent = await o.call('community_manager', 'press', 'sendBulletin', { bulletinId: ready.id, listIds: [regional.id] })
    expect(sent.sends).toEqual([
      { id: expect.any(Number), listId: regional.id, listName: 'Medios regionales', recipientCount: 2, sentAt: '2026-03-10T15:30:00.000Z', sentByName: 'Mateo Herrera' }
    ])
    expect(sent).toMatchObject({ sendCount: 1, recipientTotal: 2, lastSentAt: '2026-03-10T15:30:00.000Z' })

    // Editing and renaming the list, or deactivating a contact, does not rewrite the send.
    await o.call('profesional', 'press', 'saveList', { id: regional.id, name: 'Regionales y nacionales', memberIds: [ana] })
    const after = await o.call('jefe', 'press', 'bulletin', { id: ready.id })
    expect(after.sends.map((s) => [s.listName, s.recipientCount])).toEqual([['Medios regionales', 2]])
    const recipients = await o.core.db.selectFrom('bulletin_send_recipients').select('contact_id').orderBy('contact_id').execute()
    expect(recipients.map((r) => r.contact_id)).toEqual([ana, luis])
    const [audit] = await o.call('jefe', 'audit', 'list', { entityType: 'press_bulletin', entityId: ready.id })
    expect(audit?.summary).toBe('Envió el Boletín N.º 002 de 2026 a la lista «Medios regionales» (2 destinatarios)')
  })

  it('names the missing design approval of a bulletin piece that requires design', async () => {
    const { id } = await o.call('jefe', 'pieces', 'create', {
      title: 'Boletín con infografía',
      type: 'boletin_prensa',
      activityId,
      writerId: o.users.profesional,
      designerId: o.users.disenador,
      channelIds: [],
      audienceIds: [],
      dueDate: '2026-03-20',
      requiresDesign: true
    })
    const [option] = await o.call('profesional', 'press', 'bulletinPieces', {})
    expect(option).toMatchObject({ id, ready: false, missing: 'Faltan la aprobación del contenido y la del diseño (la pieza está en «Borrador»).' })
  })
})

describe('media directory and distribution lists', () => {
  it('validates Colombian phones, emails and at least one way to reach the journalist', async () => {
    const none = await o.callError('profesional', 'press', 'saveContact', { fullName: 'Sin datos', medium: 'RCN' })
    expect(none.fields).toEqual({ phone: 'Escriba al menos una forma de contacto: teléfono, correo o WhatsApp.' })
    const bad = await o.callError('profesional', 'press', 'saveContact', { fullName: 'Mal', medium: 'RCN', phone: '12345', email: 'no-es-correo', whatsapp: '6011234567' })
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['email', 'phone', 'whatsapp'])
    const ok = await o.call('profesional', 'press', 'saveContact', {
      fullName: 'Diana Cárdenas',
      medium: 'Noticias Sabana',
      section: 'Orden público',
      phone: '(601) 884 1234',
      whatsapp: '+57 310 555 1234',
      email: 'diana@example.co'
    })
    expect(ok).toMatchObject({ fullName: 'Diana Cárdenas', phone: '(601) 884 1234', active: true, listIds: [] })
    const twin = await o.callError('community_manager', 'press', 'saveContact', { fullName: 'Otra', medium: 'Otro', email: 'DIANA@example.co' })
    expect(twin).toMatchObject({ code: 'CONFLICT', fields: { email: 'Ya hay un contacto con este correo.' } })
    expect((await o.callError('disenador', 'press', 'saveContact', { fullName: 'X', medium: 'Y', email: 'x@example.co' })).code).toBe('FORBIDDEN')
  })

  it('searches, hides inactive contacts unless asked, refuses duplicate list names, and exports a list as CSV', async () => {
    const ana = await addContact(o, 'Ana Beltrán', 'El Tiempo', 'ana@example.co')
    const luis = await addContact(o, 'Luis Moreno', 'Caracol Radio', 'luis@example.co')
    const list = await o.call('profesional', 'press', 'saveList', { name: 'Nacionales', description: 'Prensa nacional', memberIds: [ana, luis] })
    expect(list).toMatchObject({ memberIds: [ana, luis].sort((a, b) => a - b), activeMemberCount: 2 })
    await o.call('profesional', 'press', 'saveContact', { id: luis, fullName: 'Luis Moreno', medium: 'Caracol Radio', email: 'luis@example.co', active: false })
    expect((await o.call('jefe', 'press', 'contacts', {})).map((c) => c.fullName)).toEqual(['Ana Beltrán'])
    expect((await o.call('jefe', 'press', 'contacts', { includeInactive: true })).map((c) => c.fullName)).toEqual(['Ana Beltrán', 'Luis Moreno'])
    expect((await o.call('jefe', 'press', 'contacts', { search: 'caracol', includeInactive: true })).map((c) => c.fullName)).toEqual(['Luis Moreno'])
    expect((await o.call('jefe', 'press', 'lists', {}))[0]?.activeMemberCount).toBe(1)
    const dup = await o.callError('profesional', 'press', 'saveList', { name: 'nacionales' })
    expect(dup.fields).toEqual({ name: 'Ya existe una lista con este nombre.' })

    const target = join(o.dir, 'lista.csv')
    o.host.nextSavePath = target
    expect(await o.call('profesional', 'press', 'exportList', { id: list.id })).toEqual({ path: target })
    expect(readFileSync(target, 'utf8')).toBe('\uFEFFNombre;Correo;Medio;Sección;Teléfono;WhatsApp\r\nAna Beltrán;ana@example.co;El Tiempo;;;\r\n')
    o.host.nextSavePath = null
    expect(await o.call('profesional', 'press', 'exportList', { id: list.id })).toEqual({ path: null })
    expect(existsSync(join(o.dir, 'lista-nacionales.csv'))).toBe(false)
  })
})

describe('press conferences', () => {
  async function conference(startsAt: string, invitedIds: number[]) {
    return o.call('profesional', 'press', 'saveConference', {
      title: 'Balance de seguridad del primer trimestre',
      startsAt,
      place: 'Salón de la Alcaldía',
      spokespersons: ['Alcalde municipal', 'Secretario de Gobierno'],
      topics: ['Homicidios', 'Hurtos'],
      invitedIds
    })
  }

  it('records invitees, refuses attendance before it happens or of someone not invited, and keeps attendance when the invitees change', async () => {
    const ana = await addContact(o, 'Ana Beltrán', 'El Tiempo', 'ana@example.co')
    const luis = await addContact(o, 'Luis Moreno', 'Caracol Radio', 'luis@example.co')
    const marta = await addContact(o, 'Marta Ríos', 'RCN', 'marta@example.co')
    const c = await conference('2026-03-12T10:00:00-05:00', [ana, luis])
    expect(c).toMatchObject({ startsAt: '2026-03-12T15:00:00.000Z', spokespersons: ['Alcalde municipal', 'Secretario de Gobierno'], invitedCount: 2, attendedCount: 0 })

    const early = await o.callError('profesional', 'press', 'setAttendance', { id: c.id, attendedIds: [ana] })
    expect(early.message).toBe('La rueda de prensa «Balance de seguridad del primer trimestre» es el 12/03/2026 10:00: registre la asistencia cuando se haya realizado.')
    o.clock.set('2026-03-12T17:00:00Z')
    const stranger = await o.callError('profesional', 'press', 'setAttendance', { id: c.id, attendedIds: [ana, marta] })
    expect(stranger.code).toBe('VALIDATION')
    const attended = await o.call('audiovisual', 'press', 'setAttendance', { id: c.id, attendedIds: [ana] })
    expect(attended.invitees.map((i) => [i.fullName, i.attended])).toEqual([
      ['Luis Moreno', false],
      ['Ana Beltrán', true]
    ])
    const edited = await o.call('profesional', 'press', 'saveConference', {
      id: c.id,
      title: 'Balance de seguridad',
      startsAt: '2026-03-12T10:00:00-05:00',
      place: 'Salón de la Alcaldía',
      spokespersons: ['Alcalde municipal'],
      topics: ['Homicidios'],
      invitedIds: [ana, marta]
    })
    expect(edited.invitees.map((i) => [i.fullName, i.attended])).toEqual([
      ['Ana Beltrán', true],
      ['Marta Ríos', false]
    ])
    expect(edited).toMatchObject({ invitedCount: 2, attendedCount: 1 })
    expect((await o.callError('disenador', 'press', 'setAttendance', { id: c.id, attendedIds: [] })).code).toBe('FORBIDDEN')
  })

  it('links archive material and the clips of the following week, and refuses clips from before it', async () => {
    const c = await conference('2026-03-05T10:00:00-05:00', [])
    const photo = await seedAsset(o, { title: 'Alcalde en rueda de prensa', captured_on: '2026-03-05' })
    const before = await seedClip(o, '2026-03-04', 'Caracol Radio', 'Anuncian rueda de prensa')
    const sameDay = await seedClip(o, '2026-03-05', 'RCN Radio', 'Bajan los hurtos en Cajicá')
    const weekAfter = await seedClip(o, '2026-03-12', 'El Tiempo', 'Cajicá, más segura')
    await seedClip(o, '2026-03-13', 'El Tiempo', 'Otra noticia')
    expect((await o.call('profesional', 'press', 'clipOptions', { id: c.id })).map((k) => k.id)).toEqual([sameDay, weekAfter])

    const withMaterial = await o.call('audiovisual', 'press', 'setMaterials', { id: c.id, assetIds: [photo] })
    expect(withMaterial.assets).toEqual([
      { id: photo, kind: 'foto', title: 'Alcalde en rueda de prensa', originalName: expect.any(String), capturedOn: '2026-03-05', thumbUrl: null }
    ])
    const refused = await o.callError('profesional', 'press', 'setClips', { id: c.id, clipIds: [sameDay, before] })
    expect(refused.message).toBe('La nota «Anuncian rueda de prensa» es del 04/03/2026, anterior a la rueda de prensa (05/03/2026): no pudo resultar de ella.')
    const linked = await o.call('profesional', 'press', 'setClips', { id: c.id, clipIds: [sameDay, weekAfter] })
    expect(linked.clips.map((k) => k.headline)).toEqual(['Bajan los hurtos en Cajicá', 'Cajicá, más segura'])
    expect(linked).toMatchObject({ assetCount: 1, clipCount: 2 })
    expect((await o.callError('profesional', 'press', 'setMaterials', { id: c.id, assetIds: [999] })).code).toBe('NOT_FOUND')
  })

  it('shows on Inicio the conferences of the next seven days and the bulletins of this week', async () => {
    // Tuesday 10 March 2026, 9:00 in Colombia: the week runs Monday 9 to Sunday 15.
    const earlier = await conference('2026-03-10T08:00:00-05:00', [])
    const inAWeek = await conference('2026-03-17T18:00:00-05:00', [])
    await conference('2026-03-18T09:00:00-05:00', [])
    await conference('2026-03-09T10:00:00-05:00', [])
    const thisWeek = await boletinPiece(o, activityId, 'Boletín de la semana', true)
    const lastWeek = await boletinPiece(o, activityId, 'Boletín viejo', true)
    await o.call('profesional', 'press', 'registerBulletin', { pieceId: thisWeek, issuedOn: '2026-03-09', number: 2 })
    await o.call('profesional', 'press', 'registerBulletin', { pieceId: lastWeek, issuedOn: '2026-03-08', number: 1 })
    const card = await o.call('disenador', 'press', 'upcoming', {})
    expect(card.weekStart).toBe('2026-03-09')
    expect(card.weekEnd).toBe('2026-03-15')
    expect(card.conferences.map((c) => c.id)).toEqual([earlier.id, inAWeek.id])
    expect(card.bulletins.map((b) => b.pieceTitle)).toEqual(['Boletín de la semana'])
  })
})

describe('0008_press migration', () => {
  it('refuses rows the rules forbid', async () => {
    const db = o.core.db
    const piece = await boletinPiece(o, activityId, 'Boletín', false)
    const now = '2026-03-10T14:00:00.000Z'
    const bulletin = { year: 2026, number: 1, piece_id: piece, issued_on: '2026-03-10', created_by: o.users.jefe, created_at: now, updated_at: now }
    await expect(db.insertInto('press_bulletins').values({ ...bulletin, issued_on: '2025-03-10' }).execute()).rejects.toThrow(/CHECK/)
    await expect(db.insertInto('press_bulletins').values({ ...bulletin, number: 0 }).execute()).rejects.toThrow(/CHECK/)
    await db.insertInto('press_bulletins').values(bulletin).execute()
    const other = await boletinPiece(o, activityId, 'Otro', false)
    await expect(db.insertInto('press_bulletins').values({ ...bulletin, piece_id: other }).execute()).rejects.toThrow(/UNIQUE/)
    const contact = { full_name: 'Ana', medium: 'RCN', section: '', phone: '', email: '', whatsapp: '', notes: '', active: 1, created_at: now, updated_at: now }
    await expect(db.insertInto('media_contacts').values(contact).execute()).rejects.toThrow(/CHECK/)
    await expect(
      db.insertInto('press_conferences').values({ title: 'X', starts_at: now, place: 'Y', spokespersons: '{"a":1}', topics: '[]', notes: '', created_by: o.users.jefe, created_at: now, updated_at: now }).execute()
    ).rejects.toThrow(/CHECK/)
  })
})
