import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { afterEach, describe, expect, it } from 'vitest'
import { exportsIdle } from '../../src/main/archive-export/engine'
import { makeOffice, type TestCore } from '../support/core'
import { makePhoto } from '../fixtures/archive/photos'
import { seedEvent } from './archive-seed'
import { destination, exportBag, listDir, seedFile, sha256, validateBag } from './archive-export-support'

// exifr is CommonJS whose named exports Node's ESM loader cannot see (as in the ingest worker).
const requireCjs = createRequire(import.meta.url)
const exifr = requireCjs('exifr') as typeof import('exifr')

/** The little of jsdom's XML parser this file uses (jsdom ships no type declarations). */
interface XmlDocument {
  getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>
}
const { JSDOM } = requireCjs('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument } } }
}

let o: TestCore
afterEach(async () => {
  if (o) await exportsIdle(o.core)
  await o?.dispose()
})

interface MetadataDocument {
  paquete: { nombre: string; entidad: string; materiales: number; sinAutorizacionVigente: number }
  materiales: Record<string, unknown>[]
}

const metadataOf = (bag: string): MetadataDocument => JSON.parse(readFileSync(join(bag, 'data', 'metadatos.json'), 'utf8')) as MetadataDocument

describe('BagIt export', () => {
  it('writes a valid bag of the selected masters with their metadata, and records it', async () => {
    o = await makeOffice()
    const event = await seedEvent(o, 'Rueda de prensa 12/03/2026', '2026-03-12')
    const a = await seedFile(o, 'rueda-01.jpg', await makePhoto(1), {
      title: 'Alcalde en rueda de prensa',
      description: 'Anuncio del plan de vías, "fase 2"',
      creator: 'Sofía Martínez',
      event_id: event,
      keywords: ['vías', 'rueda de prensa'],
      people: ['Fabio Ramírez']
    })
    const b = await seedFile(o, 'rueda-02.jpg', await makePhoto(2), { consent_status: 'pendiente', title: 'Vecinos en el salón' })
    await seedFile(o, 'no-exportar.jpg', await makePhoto(3))
    const serie = await o.core.db
      .insertInto('retention_series')
      .values({ code: '120.15', serie: 'Registros audiovisuales', subserie: 'Fotografías de eventos', years_gestion: 2, years_central: 8, disposition: 'conservacion_total', active: 1, created_at: '2026-03-01T00:00:00Z', updated_at: '2026-03-01T00:00:00Z' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await o.core.db.insertInto('asset_retention').values({ asset_id: a.id, serie_id: serie.id, starts_on: '2026-03-12', assigned_at: '2026-03-12T00:00:00Z' }).execute()
    const folder = destination()
    const job = await exportBag(o, { selection: { assetIds: [b.id, a.id] }, name: 'Transferencia marzo' }, folder)

    expect(job).toMatchObject({ state: 'terminada', totalFiles: 2, doneFiles: 2, consentIssueCount: 1, error: null, createdByName: 'Rosa Castro' })
    expect(job.bagPath).toBe(join(folder, 'Transferencia marzo'))
    expect(listDir(folder)).toEqual(['Transferencia marzo'])
    const { info, payload } = validateBag(job.bagPath)
    expect([...payload.keys()].sort()).toEqual(['data/metadatos.csv', 'data/metadatos.json', 'data/rueda-01.jpg', 'data/rueda-02.jpg'])
    expect(payload.get('data/rueda-01.jpg')).toBe(sha256(readFileSync(a.path)))
    expect(info.get('Source-Organization')).toBe('Alcaldía de Cajicá')
    expect(info.get('Bagging-Date')).toBe('2026-03-10')
    expect(info.get('Pauta-Autorizacion-Uso-Imagen')).toMatch(/^ATENCIÓN: 1 material tiene la autorización de uso de imagen pendiente/)

    const metadata = metadataOf(job.bagPath)
    expect(metadata.paquete).toMatchObject({ nombre: 'Transferencia marzo', materiales: 2, sinAutorizacionVigente: 1 })
    expect(metadata.materiales[0]).toMatchObject({
      archivo: 'data/rueda-01.jpg',
      idPauta: a.id,
      titulo: 'Alcalde en rueda de prensa',
      palabrasClave: ['rueda de prensa', 'vías'],
      personas: ['Fabio Ramírez'],
      evento: 'Rueda de prensa 12/03/2026',
      autorizacionUsoImagen: 'No requerida',
      autorizacionVigente: true,
      sha256Original: sha256(readFileSync(a.path)),
      sha256Copia: sha256(readFileSync(a.path)),
      serieRetencion: '120.15 Registros audiovisuales',
      subserieRetencion: 'Fotografías de eventos',
      disposicionFinal: 'Conservación total'
    })
    expect(metadata.materiales[1]).toMatchObject({ archivo: 'data/rueda-02.jpg', autorizacionUsoImagen: 'Pendiente', autorizacionVigente: false })
    const csv = readFileSync(join(job.bagPath, 'data', 'metadatos.csv'), 'utf8')
    expect(csv.startsWith('\uFEFFarchivo,xmp,idPauta,')).toBe(true)
    expect(csv).toContain('"Anuncio del plan de vías, ""fase 2"""')
    expect(csv).toContain('rueda de prensa; vías')

    const audit = await o.core.db.selectFrom('audit_log').select(['action', 'summary', 'actor_id']).where('action', 'like', 'archive_export.%').orderBy('id').execute()
    expect(audit.map((e) => e.action)).toEqual(['archive_export.start', 'archive_export.finish'])
    expect(audit[0]!.summary).toMatch(/^Inició la exportación del paquete «Transferencia marzo» con 2 materiales \(.* MB\) a .*; 1 sin autorización de uso de imagen vigente\.$/)
    const rows = await o.core.db.selectFrom('archive_export_assets').select(['asset_id', 'bag_name']).orderBy('position').execute()
    expect(rows).toEqual([
      { asset_id: a.id, bag_name: 'rueda-01.jpg' },
      { asset_id: b.id, bag_name: 'rueda-02.jpg' }
    ])
  })

  it('exports what a search finds', async () => {
    o = await makeOffice()
    await seedFile(o, 'feria.jpg', 'feria', { title: 'Feria de las flores', keywords: ['feria'] })
    await seedFile(o, 'consejo.jpg', 'consejo', { title: 'Consejo municipal' })
    const job = await exportBag(o, { selection: { filters: { text: 'feria' } } })
    expect(job.state).toBe('terminada')
    expect([...validateBag(job.bagPath).payload.keys()]).toContain('data/feria.jpg')
    expect(existsSync(join(job.bagPath, 'data', 'consejo.jpg'))).toBe(false)
  })

  it('gives every master a unique name valid on Windows, and never overwrites a folder in the destination', async () => {
    o = await makeOffice()
    const ids = [
      (await seedFile(o, 'Foto:1.jpg', 'uno')).id,
      (await seedFile(o, 'foto?1.JPG', 'dos')).id,
      (await seedFile(o, 'CON.jpg', 'tres')).id,
      (await seedFile(o, 'metadatos.csv', 'cuatro')).id,
      (await seedFile(o, 'año 100%.jpg', 'cinco')).id
    ]
    const folder = destination()
    const first = await exportBag(o, { selection: { assetIds: ids }, name: 'Entrega: marzo/abril' }, folder)
    const second = await exportBag(o, { selection: { assetIds: ids }, name: 'Entrega: marzo/abril' }, folder)
    expect(first.bagPath).toBe(join(folder, 'Entrega_ marzo_abril'))
    expect(second.bagPath).toBe(join(folder, 'Entrega_ marzo_abril (2)'))
    const { payload } = validateBag(second.bagPath)
    expect([...payload.keys()].sort()).toEqual(
      ['data/Foto_1.jpg', 'data/foto_1 (2).JPG', 'data/_CON.jpg', 'data/metadatos (2).csv', 'data/año 100%.jpg', 'data/metadatos.csv', 'data/metadatos.json'].sort()
    )
    expect(readFileSync(join(second.bagPath, 'manifest-sha256.txt'), 'utf8')).toContain('  data/año 100%25.jpg\n')
  })

  it('stops at a master whose bytes changed, names it, and leaves nothing that looks complete', async () => {
    o = await makeOffice()
    const good = await seedFile(o, 'buena.jpg', 'contenido bueno')
    const bad = await seedFile(o, 'alterada.jpg', 'contenido original', { title: 'Foto alterada' })
    writeFileSync(bad.path, 'contenido originaL')
    const folder = destination()
    const job = await exportBag(o, { selection: { assetIds: [good.id, bad.id] } }, folder)
    expect(job.state).toBe('fallida')
    expect(job.error).toBe('El original de «Foto alterada» ya no coincide con el que se catalogó (SHA-256 distinto). Revíselo en Integridad antes de exportarlo.')
    expect(listDir(folder)).toEqual([])
    const audit = await o.core.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'archive_export.fail').executeTakeFirstOrThrow()
    expect(JSON.parse(audit.details!)).toEqual({ assetId: bad.id })
  })

  it('stops at a missing master and names it', async () => {
    o = await makeOffice()
    const ref = await seedFile(o, 'lejana.jpg', 'x', { title: 'Foto en la unidad', storage_mode: 'referencia', master_path: join(destination(), 'no-esta.jpg') })
    const folder = destination()
    const job = await exportBag(o, { selection: { assetIds: [ref.id] } }, folder)
    expect(job.state).toBe('fallida')
    expect(job.error).toMatch(/^No se encontró el original de «Foto en la unidad» en .*no-esta\.jpg\. Conecte la unidad/)
    expect(listDir(folder)).toEqual([])
  })

  it('an export cut short (Pauta closed or crashed) leaves no bag, and is recorded as interrupted', async () => {
    o = await makeOffice()
    const ids: number[] = []
    for (let i = 0; i < 12; i++) ids.push((await seedFile(o, `grande-${i}.bin`, Buffer.alloc(2 * 1024 * 1024, i))).id)
    const folder = destination()
    const started = await o.call('archivista', 'archiveExport', 'start', { selection: { assetIds: ids }, name: 'Grande', destination: { folder } })
    expect(listDir(folder)).toEqual(['Grande.partial'])
    // What a forced close does: the worker stops wherever it is and the job stays "en curso".
    const { stopExports } = await import('../../src/main/archive-export/engine')
    await stopExports(o.core)
    expect(listDir(folder)).toEqual(['Grande.partial'])
    const row = await o.core.db.selectFrom('archive_exports').select('state').where('id', '=', started.id).executeTakeFirstOrThrow()
    expect(row.state).toBe('en_curso')

    const [job] = await o.call('archivista', 'archiveExport', 'list')
    expect(job).toMatchObject({ id: started.id, state: 'interrumpida', error: 'Pauta se cerró mientras se exportaba. Se borró el paquete incompleto; exporte de nuevo.' })
    expect(listDir(folder)).toEqual([])
    const audit = await o.core.db.selectFrom('audit_log').select(['actor_id', 'summary']).where('action', '=', 'archive_export.interrupted').executeTakeFirstOrThrow()
    expect(audit).toEqual({ actor_id: null, summary: 'La exportación del paquete «Grande» quedó interrumpida al cerrar Pauta; se borró el paquete incompleto.' })
  })

  it('cancels an export and removes what it wrote', async () => {
    o = await makeOffice()
    const ids: number[] = []
    for (let i = 0; i < 12; i++) ids.push((await seedFile(o, `video-${i}.mp4`, Buffer.alloc(2 * 1024 * 1024, i), { kind: 'video', mime: 'video/mp4' })).id)
    const folder = destination()
    const started = await o.call('archivista', 'archiveExport', 'start', { selection: { assetIds: ids }, name: 'Videos', destination: { folder } })
    const job = await o.call('archivista', 'archiveExport', 'cancel', { id: started.id })
    expect(job.state).toBe('cancelada')
    expect(listDir(folder)).toEqual([])
    expect(await o.callError('archivista', 'archiveExport', 'cancel', { id: started.id })).toMatchObject({ code: 'INVALID_TRANSITION' })
  })
})

describe('XMP metadata on export', () => {
  const described = {
    title: 'Vacunación en la vereda Chuntame',
    description: 'Jornada de vacunación <infantil> & comunitaria',
    creator: 'Juan Pérez',
    copyright: '© Alcaldía de Cajicá',
    credit: 'Oficina de Comunicaciones',
    city: 'Cajicá',
    place: 'Vereda Chuntame',
    keywords: ['salud', 'vacunación'],
    people: ['María Gómez']
  }

  it('writes a valid XMP sidecar beside each master', async () => {
    o = await makeOffice()
    const photo = await seedFile(o, 'vacunacion.jpg', await makePhoto(7), described)
    const job = await exportBag(o, { selection: { assetIds: [photo.id] }, options: { xmpSidecars: true } })
    const { payload } = validateBag(job.bagPath)
    expect(payload.has('data/vacunacion.jpg.xmp')).toBe(true)
    expect(payload.get('data/vacunacion.jpg')).toBe(sha256(readFileSync(photo.path)))
    const sidecar = readFileSync(join(job.bagPath, 'data', 'vacunacion.jpg.xmp'))
    expect(sidecar.toString('utf8')).toContain('Jornada de vacunación &lt;infantil&gt; &amp; comunitaria')
    const xmp = (await exifr.sidecar(sidecar, { mergeOutput: true }, 'xmp')) as Record<string, unknown>
    expect(xmp).toMatchObject({
      dc: { title: { value: described.title }, subject: ['salud', 'vacunación'], creator: 'Juan Pérez', rights: { value: '© Alcaldía de Cajicá' } },
      photoshop: { City: 'Cajicá', Credit: 'Oficina de Comunicaciones', DateCreated: '2026-03-01' },
      Iptc4xmpCore: { Location: 'Vereda Chuntame' },
      Iptc4xmpExt: { PersonInImage: 'María Gómez' },
      pauta: { ConsentStatus: 'No requerida', ConsentMinors: false, AssetId: photo.id }
    })
    // A strict XML parser reads it without error (exifr is lenient).
    const parsed = new new JSDOM('').window.DOMParser().parseFromString(sidecar.toString('utf8'), 'application/xml')
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(parsed.getElementsByTagName('dc:description')[0]?.textContent).toBe(described.description)
    expect(metadataOf(job.bagPath).materiales[0]).toMatchObject({ xmp: 'data/vacunacion.jpg.xmp', metadatosEnLaCopia: false })
  })

  it('writes the metadata into JPEG copies (the manifest lists the copy) and gives other formats a sidecar', async () => {
    o = await makeOffice()
    const original = await makePhoto(8, { artist: 'Camara', keywords: ['viejo'], thumbnail: true })
    const photo = await seedFile(o, 'vacunacion.jpg', original, described)
    const png = await seedFile(o, 'afiche.png', 'no es un jpeg', { kind: 'diseno', mime: 'image/png', title: 'Afiche' })
    const job = await exportBag(o, { selection: { assetIds: [photo.id, png.id] }, options: { embedXmp: true } })
    expect(job.state).toBe('terminada')
    const { payload } = validateBag(job.bagPath)
    const copy = readFileSync(join(job.bagPath, 'data', 'vacunacion.jpg'))
    expect(sha256(copy)).not.toBe(sha256(original))
    expect(payload.get('data/vacunacion.jpg')).toBe(sha256(copy))
    expect(payload.has('data/vacunacion.jpg.xmp')).toBe(false)
    expect(payload.has('data/afiche.png.xmp')).toBe(true)

    const tags = (await exifr.parse(copy, { xmp: true, tiff: true, ifd1: true, mergeOutput: true })) as Record<string, unknown>
    expect(tags).toMatchObject({ title: { value: described.title }, subject: ['salud', 'vacunación'], Artist: 'Camara', ConsentStatus: 'No requerida', Location: 'Vereda Chuntame' })
    // The EXIF thumbnail and the pixels survive: only the XMP segment changed.
    expect(await exifr.thumbnail(copy)).toBeDefined()
    const [record] = metadataOf(job.bagPath).materiales
    expect(record).toMatchObject({ metadatosEnLaCopia: true, sha256Original: sha256(original), sha256Copia: sha256(copy), xmp: null })
  })
})

describe('export rules', () => {
  it('refuses roles other than the archivist and the jefe, and a destination that is not there', async () => {
    o = await makeOffice()
    const { id } = await seedFile(o, 'a.jpg', 'a')
    const selection = { assetIds: [id] }
    expect(await o.callError('profesional', 'archiveExport', 'start', { selection, name: 'X', destination: { folder: destination() } })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await o.callError('profesional', 'archiveExport', 'preview', { selection })).toMatchObject({ code: 'FORBIDDEN' })
    const missing = await o.callError('jefe', 'archiveExport', 'start', { selection, name: 'X', destination: { folder: join(destination(), 'no-existe') } })
    expect(missing).toMatchObject({ code: 'VALIDATION', fields: { 'destination.folder': 'No existe' } })
    expect(await o.callError('jefe', 'archiveExport', 'start', { selection: { assetIds: [id, 9999] }, name: 'X', destination: { folder: destination() } })).toMatchObject({ code: 'VALIDATION' })
    expect(await o.callError('jefe', 'archiveExport', 'start', { selection: { filters: { text: 'nadaquecoincida' } }, name: 'X', destination: { folder: destination() } })).toMatchObject({
      code: 'VALIDATION',
      message: 'La selección no tiene materiales. Cambie la búsqueda o seleccione materiales en el archivo.'
    })
    const count = await o.core.db.selectFrom('archive_exports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(count.n).toBe(0)
  })

  it('previews a selection: size, masters that cannot be read, consent problems', async () => {
    o = await makeOffice()
    const a = await seedFile(o, 'a.jpg', 'aaaa', { consent_status: 'negada', title: 'Foto negada' })
    const b = await seedFile(o, 'b.jpg', 'bb', { consent_status: 'otorgada', consent_granted_on: '2025-01-01', consent_expires_on: '2026-01-01', title: 'Foto vencida' })
    const c = await seedFile(o, 'c.jpg', 'c', { storage_mode: 'referencia', master_path: '/no/existe/c.jpg', volume_label: 'ARCHIVO_2024' })
    const preview = await o.call('archivista', 'archiveExport', 'preview', { selection: { assetIds: [a.id, b.id, c.id] } })
    expect(preview).toEqual({
      count: 3,
      totalBytes: 7,
      offline: 1,
      consentIssueCount: 2,
      consentIssues: [
        { assetId: a.id, title: 'Foto negada', consent: 'negada' },
        { assetId: b.id, title: 'Foto vencida', consent: 'vencida' }
      ]
    })
  })

  it('exports to a destination configured for deliveries', async () => {
    o = await makeOffice()
    const { id } = await seedFile(o, 'a.jpg', 'a')
    const folder = destination()
    const dest = await o.call('jefe', 'delivery', 'createDestination', { name: 'Archivo central', path: folder, note: '', active: true })
    const job = await o.call('jefe', 'archiveExport', 'start', { selection: { assetIds: [id] }, name: 'Transferencia', destination: { destinationId: dest.id } })
    await exportsIdle(o.core)
    expect((await o.call('jefe', 'archiveExport', 'get', { id: job.id })).state).toBe('terminada')
    expect(listDir(folder)).toEqual(['Transferencia'])
  })
})
