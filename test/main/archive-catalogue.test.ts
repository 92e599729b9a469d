import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeOffice } from '../support/core'
import { auditCount, catalogueId, makeSourceFile, type Office } from '../support/fixtures'
import { seedAsset, seedEvent } from './archive-seed'

let o: Office
beforeEach(async () => {
  o = await makeOffice()
})
afterEach(async () => o?.dispose())

const lastAudit = () => o.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()

const fields = {
  title: 'Entrega del acueducto veredal',
  description: 'El alcalde entrega la obra a la comunidad de Rincón Santo.',
  keywords: ['acueducto', 'Agua potable', 'agua potable', 'Obras'],
  people: ['Laura Gómez'],
  creator: 'Sofía Martínez',
  credit: 'Alcaldía de Cajicá',
  copyright: '© 2026 Alcaldía de Cajicá',
  place: 'Vereda Rincón Santo',
  city: 'Cajicá',
  rating: 4,
  status: 'catalogado' as const
}

describe('asset detail and cataloguing', () => {
  it('reads the full detail of an asset, with its URLs and whether its master is reachable', async () => {
    const evento = await seedEvent(o, 'Entrega de obras', '2026-03-05')
    const copied = await seedAsset(o, { title: 'Copia', event_id: evento, thumb_path: 'ab/abc-thumb.webp', gps_lat: 4.91, gps_lon: -74.02 })
    mkdirSync(join(o.dir, 'archivo', '2026', '03'), { recursive: true })
    writeFileSync(join(o.dir, 'archivo', '2026', '03', 'copia.jpg'), 'jpeg')
    await o.core.db.updateTable('assets').set({ master_path: '2026/03/copia.jpg' }).where('id', '=', copied).execute()
    const detail = await o.call('profesional', 'archive', 'get', { id: copied })
    expect(detail).toMatchObject({
      id: copied,
      title: 'Copia',
      eventId: evento,
      eventName: 'Entrega de obras',
      storageMode: 'copia',
      masterLocation: '2026/03/copia.jpg',
      thumbUrl: `pauta-media://assets/${copied}/thumb`,
      previewUrl: null,
      masterUrl: `pauta-media://assets/${copied}/master`,
      gps: { lat: 4.91, lon: -74.02 },
      consentStatus: 'no_requerida',
      consent: 'no_requerida',
      offline: false,
      pieces: []
    })
    const referenced = await seedAsset(o, { storage_mode: 'referencia', master_path: join(o.dir, 'USB', 'DCIM', 'IMG_1.JPG'), volume_label: 'CANON_EOS' })
    expect(await o.call('profesional', 'archive', 'get', { id: referenced })).toMatchObject({ offline: true, volumeLabel: 'CANON_EOS', storageMode: 'referencia' })
    expect(await o.callError('profesional', 'archive', 'get', { id: referenced + 100 })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('updates the catalogue fields, replaces keywords and people, and audits what changed', async () => {
    const evento = await seedEvent(o, 'Entrega de obras')
    const salud = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    const id = await seedAsset(o, { keywords: ['viejo'], people: ['Alguien'] })
    const detail = await o.call('archivista', 'archive', 'update', { id, ...fields, eventId: evento, dependenciaId: salud })
    expect(detail).toMatchObject({
      ...fields,
      keywords: ['acueducto', 'Agua potable', 'Obras'],
      people: ['Laura Gómez'],
      eventId: evento,
      eventName: 'Entrega de obras',
      dependenciaId: salud,
      updatedAt: o.clock.now().toISOString()
    })
    const audit = await lastAudit()
    expect(audit).toMatchObject({ action: 'archive.asset_updated', entity_type: 'asset', entity_id: id, actor_id: o.users.archivista })
    expect(audit.summary).toBe(
      'Actualizó la catalogación de «Entrega del acueducto veredal»: título, descripción, autor, crédito, aviso de derechos, lugar, municipio, evento, dependencia, calificación, estado de catalogación (Catalogado), palabras clave, personas'
    )
    // Saving the same values again writes nothing.
    const before = await auditCount(o)
    await o.call('archivista', 'archive', 'update', { id, ...fields, eventId: evento, dependenciaId: salud })
    expect(await auditCount(o)).toBe(before)
    // Status moves freely, back and forth.
    await o.call('jefe', 'archive', 'update', { id, ...fields, eventId: evento, dependenciaId: salud, status: 'revisado' })
    expect((await lastAudit()).summary).toBe('Actualizó la catalogación de «Entrega del acueducto veredal»: estado de catalogación (Revisado)')
    const back = await o.call('audiovisual', 'archive', 'update', { id, ...fields, eventId: evento, dependenciaId: salud, status: 'sin_catalogar' })
    expect(back.status).toBe('sin_catalogar')
  })

  it('refuses unknown events and inactive dependencias without writing anything', async () => {
    const id = await seedAsset(o, { title: 'Original' })
    const salud = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    await o.core.db.updateTable('catalogue_items').set({ active: 0 }).where('id', '=', salud).execute()
    const before = await auditCount(o)
    expect(await o.callError('archivista', 'archive', 'update', { id, ...fields, eventId: 999 })).toMatchObject({ code: 'VALIDATION', fields: { eventId: expect.any(String) } })
    expect(await o.callError('archivista', 'archive', 'update', { id, ...fields, dependenciaId: salud })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('inactivo')
    })
    expect(await o.callError('archivista', 'archive', 'update', { id: id + 50, ...fields })).toMatchObject({ code: 'NOT_FOUND' })
    expect(await auditCount(o)).toBe(before)
    expect((await o.call('archivista', 'archive', 'get', { id })).title).toBe('Original')
    expect((await o.call('archivista', 'archive', 'search', { filters: { text: 'acueducto' } })).total).toBe(0)
  })

  it('lets every role read, but only archivists, the jefe and audiovisual catalogue', async () => {
    const id = await seedAsset(o)
    for (const role of ['profesional', 'disenador', 'community_manager', 'administrador'] as const) {
      await o.call(role, 'archive', 'get', { id })
      await o.call(role, 'archive', 'search', {})
      await o.call(role, 'archive', 'facets', {})
      await o.call(role, 'archive', 'events', {})
      expect(await o.callError(role, 'archive', 'update', { id, ...fields })).toMatchObject({ code: 'FORBIDDEN' })
      expect(await o.callError(role, 'archive', 'saveEvent', { name: 'Evento' })).toMatchObject({ code: 'FORBIDDEN' })
      expect(await o.callError(role, 'archive', 'setConsent', { id, status: 'pendiente' })).toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(await o.callError('audiovisual', 'archive', 'setConsent', { id, status: 'pendiente' })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await o.callError('audiovisual', 'archive', 'attachConsentDocument', { id })).toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('consent (autorización de uso de imagen)', () => {
  it('records a granted authorisation with dates, minors and scope, and audits it in Spanish', async () => {
    const id = await seedAsset(o, { title: 'Niños en la feria' })
    const detail = await o.call('archivista', 'archive', 'setConsent', {
      id,
      status: 'otorgada',
      minors: true,
      grantedOn: '2026-03-01',
      expiresOn: '2027-03-01',
      scope: 'Redes sociales y página web de la Alcaldía'
    })
    expect(detail).toMatchObject({
      consentStatus: 'otorgada',
      consent: 'otorgada',
      consentMinors: true,
      consentGrantedOn: '2026-03-01',
      consentExpiresOn: '2027-03-01',
      consentScope: 'Redes sociales y página web de la Alcaldía'
    })
    expect((await lastAudit()).summary).toBe(
      'Registró la autorización de uso de imagen de «Niños en la feria»: otorgada el 01/03/2026, con vencimiento el 01/03/2027 (muestra menores de edad: la firma su padre, madre o representante legal)'
    )
    // A refused authorisation keeps no dates.
    const denied = await o.call('jefe', 'archive', 'setConsent', { id, status: 'negada', grantedOn: '2026-03-01' })
    expect(denied).toMatchObject({ consentStatus: 'negada', consentGrantedOn: null, consentExpiresOn: null, consentMinors: false })
  })

  it('requires the grant date and an expiry after it', async () => {
    const id = await seedAsset(o)
    expect(await o.callError('archivista', 'archive', 'setConsent', { id, status: 'otorgada' })).toMatchObject({ code: 'VALIDATION', fields: { grantedOn: expect.any(String) } })
    expect(
      await o.callError('archivista', 'archive', 'setConsent', { id, status: 'otorgada', grantedOn: '2026-03-01', expiresOn: '2026-02-01' })
    ).toMatchObject({ code: 'VALIDATION', fields: { expiresOn: expect.any(String) } })
    expect(await o.callError('archivista', 'archive', 'setConsent', { id: id + 9, status: 'pendiente' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('attaches the signed document through the picker; a cancelled picker or a wrong file changes nothing', async () => {
    const id = await seedAsset(o, { title: 'Foto con autorización' })
    const before = await auditCount(o)
    expect((await o.call('archivista', 'archive', 'attachConsentDocument', { id })).consentDocumentUrl).toBeNull()
    expect(await auditCount(o)).toBe(before)
    o.host.nextPicked = [makeSourceFile(o, 'autorizacion.docx', 'no es pdf')]
    expect(await o.callError('archivista', 'archive', 'attachConsentDocument', { id })).toMatchObject({ code: 'VALIDATION' })
    expect(await auditCount(o)).toBe(before)
    o.host.nextPicked = [makeSourceFile(o, 'Autorización firmada.pdf', '%PDF-1.4 firmada')]
    const detail = await o.call('archivista', 'archive', 'attachConsentDocument', { id })
    const file = await o.core.db.selectFrom('stored_files').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(detail.consentDocumentUrl).toBe(`pauta-media://files/${file.id}`)
    expect(file.mime).toBe('application/pdf')
    expect((await lastAudit()).summary).toBe('Adjuntó la autorización de uso de imagen «Autorización firmada.pdf» a «Foto con autorización»')
  })
})

describe('archive events', () => {
  it('creates, lists with asset counts, renames, and refuses a twin', async () => {
    const rueda = await o.call('archivista', 'archive', 'saveEvent', { name: 'Rueda de prensa', date: '2026-03-12', place: 'Salón de la Alcaldía' })
    expect(rueda).toMatchObject({ name: 'Rueda de prensa', date: '2026-03-12', place: 'Salón de la Alcaldía', description: '', assetCount: 0 })
    await seedAsset(o, { event_id: rueda.id })
    await seedAsset(o, { event_id: rueda.id })
    const feria = await o.call('jefe', 'archive', 'saveEvent', { name: 'Feria' })
    expect(await o.call('profesional', 'archive', 'events', {})).toEqual([
      { ...rueda, assetCount: 2 },
      { ...feria, assetCount: 0 }
    ])
    expect(await o.callError('archivista', 'archive', 'saveEvent', { name: 'RUEDA de  Prensa', date: '2026-03-12' })).toMatchObject({
      code: 'CONFLICT',
      message: 'Ya existe el evento «Rueda de prensa» del 12/03/2026. Elíjalo en la lista en lugar de crear otro.'
    })
    // Same name another day is another event.
    await o.call('archivista', 'archive', 'saveEvent', { name: 'Rueda de prensa', date: '2026-03-19' })
    const renamed = await o.call('archivista', 'archive', 'saveEvent', { id: rueda.id, name: 'Rueda de prensa del alcalde', date: '2026-03-12' })
    expect(renamed).toMatchObject({ id: rueda.id, name: 'Rueda de prensa del alcalde', assetCount: 2 })
    expect((await lastAudit()).summary).toBe('Renombró el evento del archivo «Rueda de prensa» a «Rueda de prensa del alcalde»')
    expect(await o.callError('archivista', 'archive', 'saveEvent', { id: 999, name: 'X' })).toMatchObject({ code: 'NOT_FOUND' })
  })
})
