import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { KEY_SPAN } from '../../src/main/archive/search-index'
import { archiveCacheDir, archiveDir } from '../../src/main/archive/storage'
import { makeOffice } from '../support/core'
import { settle, useIngestOffice, writeFile, writePhoto } from './ingest-support'

type Office = Awaited<ReturnType<typeof makeOffice>>
const setup = useIngestOffice()

const assets = (t: Office) => t.core.db.selectFrom('assets').selectAll().orderBy('id').execute()
const items = (t: Office, ingestId: number) =>
  t.core.db.selectFrom('ingest_items').selectAll().where('ingest_id', '=', ingestId).orderBy('relative_path').execute()
const keywordsOf = async (t: Office, assetId: number) =>
  (await t.core.db.selectFrom('asset_keywords').select('keyword').where('asset_id', '=', assetId).execute()).map((k) => k.keyword).sort()
const search = async (t: Office, query: string) =>
  (await sql<{ id: number }>`SELECT rowid % ${KEY_SPAN} AS id FROM asset_search WHERE asset_search MATCH ${query} ORDER BY id`.execute(t.core.db)).rows.map((r) => r.id)

describe('ingest: copy mode with template', () => {
  it('copies masters by year/month/event, reads EXIF in Colombian time, applies the template and makes previews', async () => {
    const { t, src } = await setup()
    await writePhoto(src, 'DCIM/IMG_0001.jpg', 1, {
      make: 'Canon',
      model: 'Canon EOS R6',
      artist: 'Rosa Castro',
      copyright: 'Alcaldia de Cajica',
      description: 'Jornada de vacunacion en la plaza',
      dateTaken: '2026:03:12 10:30:00',
      offset: '-05:00',
      keywords: ['vacunación', 'salud'],
      thumbnail: true
    })
    // No offset tag: the camera is taken to be on Colombian time; 21:30 local is already the 13th in UTC.
    await writePhoto(src, 'DCIM/IMG_0002.jpg', 2, { make: 'NIKON', model: 'D750', dateTaken: '2026:03:12 21:30:00' })
    await writePhoto(src, 'Entrega de mercados ñandú 🎉.jpg', 3, { dateTaken: '2026:03:12 09:00:00', offset: '-05:00' })
    writeFile(src, '.DS_Store', 'x')
    writeFile(src, 'DCIM/Thumbs.db', 'x')
    writeFile(src, '.oculto/foto.jpg', 'x')
    const event = await t.call('archivista', 'archive', 'saveEvent', { name: 'Rueda de prensa 12/03/2026', date: '2026-03-12', place: 'Alcaldía' })
    const dependencia = await t.core.db.selectFrom('catalogue_items').select('id').where('kind', '=', 'dependencia').where('active', '=', 1).executeTakeFirstOrThrow()

    const started = await t.call('archivista', 'ingest', 'start', {
      sourcePath: src,
      mode: 'copiar',
      template: { eventId: event.id, place: 'Parque principal', city: 'Cajicá', creator: 'Oficina de Comunicaciones', dependenciaId: dependencia.id, keywords: ['Plan de vacunación 2026'] }
    })
    expect(started.state).toBe('en_curso')
    expect(started.totalFiles).toBe(3)
    expect(started.createdByName).toBe('Rosa Castro')
    await settle(t.core)

    const job = await t.call('archivista', 'ingest', 'get', { id: started.id })
    expect(job).toMatchObject({ state: 'terminada', doneFiles: 3, catalogued: 3, duplicates: 0, failed: 0, previewsPending: 0, failures: [] })
    expect(job.doneBytes).toBe(job.totalBytes)
    expect(job.finishedAt).not.toBeNull()

    const rows = await assets(t)
    expect(rows).toHaveLength(3)
    const first = rows.find((a) => a.original_name === 'IMG_0001.jpg')!
    expect(first).toMatchObject({
      kind: 'foto',
      mime: 'image/jpeg',
      storage_mode: 'copia',
      master_path: '2026/03/Rueda de prensa 12-03-2026/IMG_0001.jpg',
      captured_at: '2026-03-12T15:30:00.000Z',
      captured_on: '2026-03-12',
      captured_year: 2026,
      camera: 'Canon EOS R6',
      copyright: 'Alcaldia de Cajica',
      description: 'Jornada de vacunacion en la plaza',
      // The template's creator wins over the camera's Artist: the batch is credited as a whole.
      creator: 'Oficina de Comunicaciones',
      place: 'Parque principal',
      city: 'Cajicá',
      event_id: event.id,
      dependencia_id: dependencia.id,
      width: 96,
      height: 64,
      preview_state: 'lista',
      ingest_id: started.id
    })
    expect(await keywordsOf(t, first.id)).toEqual(['Plan de vacunación 2026', 'salud', 'vacunación'])
    const copied = join(archiveDir(t.dir), ...first.master_path.split('/'))
    expect(readFileSync(copied)).toEqual(readFileSync(join(src, 'DCIM', 'IMG_0001.jpg')))
    expect(first.thumb_path).toBe(`${first.sha256.slice(0, 2)}/${first.sha256}-thumb.webp`)
    expect(first.preview_path).toBe(`${first.sha256.slice(0, 2)}/${first.sha256}-preview.webp`)
    expect(existsSync(join(archiveCacheDir(t.dir), first.thumb_path!))).toBe(true)
    expect(existsSync(join(archiveCacheDir(t.dir), first.preview_path!))).toBe(true)

    const second = rows.find((a) => a.original_name === 'IMG_0002.jpg')!
    expect(second).toMatchObject({ camera: 'NIKON D750', captured_at: '2026-03-13T02:30:00.000Z', captured_on: '2026-03-12' })
    const emoji = rows.find((a) => a.original_name === 'Entrega de mercados ñandú 🎉.jpg')!
    expect(existsSync(join(archiveDir(t.dir), '2026', '03', 'Rueda de prensa 12-03-2026', 'Entrega de mercados ñandú 🎉.jpg'))).toBe(true)

    // Accent-insensitive search over keywords, place and event name, through the FTS row written with the asset.
    expect(await search(t, 'salud')).toEqual([first.id])
    expect(await search(t, 'vacunacion')).toHaveLength(3)
    expect(await search(t, 'nandu')).toEqual([emoji.id])
    expect(await search(t, 'cajica')).toHaveLength(3)

    const audit = await t.core.db.selectFrom('audit_log').select(['action', 'summary', 'actor_id']).where('entity_type', '=', 'ingest').orderBy('id').execute()
    expect(audit.map((a) => a.action)).toEqual(['ingest.start', 'ingest.finish'])
    expect(audit[0]!.summary).toContain('Inició la importación de 3 archivos')
    expect(audit[1]!.summary).toContain('3 catalogados, 0 duplicados y 0 con fallas')
    expect(audit[1]!.actor_id).toBe(t.users.archivista)
  })

  it('resolves name collisions inside the same event folder', async () => {
    const { t, src } = await setup()
    await writePhoto(src, 'tarjeta1/DSC_0001.JPG', 11, { dateTaken: '2026:02:01 08:00:00' })
    await writePhoto(src, 'tarjeta2/DSC_0001.JPG', 12, { dateTaken: '2026:02:01 09:00:00' })
    await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'copiar' })
    await settle(t.core)
    expect((await assets(t)).map((a) => a.master_path).sort()).toEqual(['2026/02/sin-evento/DSC_0001 (2).JPG', '2026/02/sin-evento/DSC_0001.JPG'])
  })
})

describe('ingest: reference mode and duplicates', () => {
  it('catalogues in place, reports the same bytes twice as a duplicate, and a second ingest adds nothing', async () => {
    const { t, src } = await setup()
    const data = await writePhoto(src, 'a.jpg', 21, { dateTaken: '2025:12:24 20:00:00' })
    writeFile(src, 'copia de a.jpg', data)
    await writePhoto(src, 'b.jpg', 22)
    const job = await t.call('audiovisual', 'ingest', 'start', { sourcePath: src, mode: 'referenciar' })
    await settle(t.core)
    const done = await t.call('audiovisual', 'ingest', 'get', { id: job.id })
    expect(done).toMatchObject({ state: 'terminada', catalogued: 2, duplicates: 1, failed: 0 })
    const rows = await assets(t)
    expect(rows.map((a) => a.storage_mode)).toEqual(['referencia', 'referencia'])
    // The two workers race: whichever copy of the same bytes is hashed first is catalogued, the other is its duplicate.
    const twins = (await items(t, job.id)).filter((i) => i.relative_path === 'a.jpg' || i.relative_path === 'copia de a.jpg')
    const kept = twins.find((i) => i.state === 'catalogado')!
    const dup = twins.find((i) => i.state === 'duplicado')!
    expect(kept).toBeDefined()
    expect(dup).toBeDefined()
    expect(dup.asset_id).toBe(kept.asset_id)
    expect(rows.find((a) => a.id === kept.asset_id)!.master_path).toBe(join(src, kept.relative_path))
    expect(existsSync(archiveDir(t.dir))).toBe(false)

    const again = await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'copiar' })
    await settle(t.core)
    expect(await t.call('archivista', 'ingest', 'get', { id: again.id })).toMatchObject({ state: 'terminada', catalogued: 0, duplicates: 3 })
    expect(await assets(t)).toHaveLength(2)
    // Nothing was copied for duplicates.
    expect(existsSync(archiveDir(t.dir))).toBe(false)
    const list = await t.call('profesional', 'ingest', 'list')
    expect(list.map((j) => j.id)).toEqual([again.id, job.id])
  })
})

describe('ingest: bad input', () => {
  it('lists each failing file with its reason and goes on with the batch', async () => {
    const { t, src } = await setup()
    const good = await writePhoto(src, 'bien.jpg', 31, { make: 'Canon', model: 'EOS', dateTaken: '2026:01:05 10:00:00', thumbnail: true })
    const other = await writePhoto(src, 'cortada.jpg', 32, { make: 'Canon', model: 'EOS', dateTaken: '2026:01:05 11:00:00' })
    writeFile(src, 'cortada.jpg', other.subarray(0, Math.floor(other.length * 0.6)))
    writeFile(src, 'basura.jpg', Buffer.from('esto no es una foto, es texto con extensión jpg'))
    writeFile(src, 'vacio.jpg', Buffer.alloc(0))
    writeFile(src, 'informe.pdf', '%PDF-1.4 prueba')
    for (let i = 0; i < 12; i++) await writePhoto(src, `relleno/${String(i).padStart(2, '0')}.jpg`, 100 + i)
    writeFile(src, 'zz-se-borra.jpg', good.subarray(0, 100))
    const job = await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'copiar' })
    // The last file in scan order vanishes after the scan, before a worker reaches it.
    rmSync(join(src, 'zz-se-borra.jpg'))
    await settle(t.core)

    const done = await t.call('archivista', 'ingest', 'get', { id: job.id })
    expect(done).toMatchObject({ state: 'terminada', totalFiles: 18, doneFiles: 18, failed: 2, previewsPending: 0 })
    const reasons = Object.fromEntries(done.failures.map((f) => [f.path, f.reason]))
    expect(reasons['vacio.jpg']).toMatch(/vacío \(0 bytes\)/)
    expect(reasons['zz-se-borra.jpg']).toMatch(/ya no está en el origen/)
    // Damaged photos are kept (their bytes are the record) and say why they have no preview.
    expect(reasons['cortada.jpg']).toMatch(/no se pudo generar la vista previa/)
    expect(reasons['basura.jpg']).toMatch(/No se pudieron leer los metadatos.*no se pudo generar la vista previa/)
    expect(reasons['bien.jpg']).toBeUndefined()

    const rows = await assets(t)
    const byName = (n: string) => rows.find((a) => a.original_name === n)!
    expect(byName('cortada.jpg')).toMatchObject({ preview_state: 'fallida', camera: 'Canon EOS' })
    expect(byName('basura.jpg')).toMatchObject({ preview_state: 'fallida', camera: null })
    expect(byName('informe.pdf')).toMatchObject({ kind: 'documento', preview_state: 'no_disponible' })
    expect(byName('bien.jpg').preview_state).toBe('lista')
    expect(rows.find((a) => a.original_name === 'vacio.jpg')).toBeUndefined()
    // No row points at a master that was not written.
    for (const a of rows) expect(existsSync(join(archiveDir(t.dir), ...a.master_path.split('/')))).toBe(true)
  })

  it('refuses a missing folder, a file, an empty folder and roles that do not ingest', async () => {
    const { t, src } = await setup()
    expect(await t.callError('archivista', 'ingest', 'start', { sourcePath: join(src, 'no-existe'), mode: 'copiar' })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/No se encontró la carpeta de origen/)
    })
    expect((await t.callError('archivista', 'ingest', 'start', { sourcePath: src, mode: 'copiar' })).message).toMatch(/no tiene archivos/)
    const file = writeFile(src, 'x.jpg', 'x')
    expect((await t.callError('archivista', 'ingest', 'start', { sourcePath: file, mode: 'copiar' })).message).toMatch(/debe ser una carpeta/)
    expect((await t.callError('profesional', 'ingest', 'start', { sourcePath: src, mode: 'copiar' })).code).toBe('FORBIDDEN')
    expect((await t.callError('archivista', 'ingest', 'start', { sourcePath: src, mode: 'copiar', template: { eventId: 9999 } })).message).toMatch(/evento/)
    expect(await t.core.db.selectFrom('ingests').selectAll().execute()).toEqual([])
    expect(await t.core.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'ingest').execute()).toEqual([])
  })
})

describe('ingest: video', () => {
  it('reads duration, resolution and codec with ffprobe and makes a poster frame; an unreadable video is still catalogued', async () => {
    const { t, src } = await setup()
    const ffmpeg = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path
    execFileSync(ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=1:size=64x48:rate=10', '-c:v', 'mpeg4', join(src, 'clip.mp4')])
    writeFileSync(join(src, 'roto.mov'), Buffer.from('no es un video'))
    const job = await t.call('audiovisual', 'ingest', 'start', { sourcePath: src, mode: 'referenciar' })
    await settle(t.core)
    const rows = await assets(t)
    const clip = rows.find((a) => a.original_name === 'clip.mp4')!
    expect(clip).toMatchObject({ kind: 'video', width: 64, height: 48, codec: 'mpeg4', preview_state: 'lista' })
    expect(clip.duration_seconds).toBeCloseTo(1, 1)
    expect(existsSync(join(archiveCacheDir(t.dir), clip.thumb_path!))).toBe(true)
    const broken = rows.find((a) => a.original_name === 'roto.mov')!
    expect(broken).toMatchObject({ kind: 'video', duration_seconds: null, preview_state: 'fallida' })
    const done = await t.call('audiovisual', 'ingest', 'get', { id: job.id })
    expect(done.failures.find((f) => f.path === 'roto.mov')?.reason).toMatch(/ffprobe no pudo leer/)
  })
})

describe('ingest: source and embedded thumbnails', () => {
  it('chooseSource answers the folder picked (null when cancelled) and needs the ingest permission', async () => {
    const { t, src } = await setup()
    t.host.nextFolder = src
    expect(await t.call('archivista', 'ingest', 'chooseSource')).toEqual({ path: src, volumeLabel: null })
    expect(await t.call('archivista', 'ingest', 'chooseSource')).toBeNull()
    expect((await t.callError('disenador', 'ingest', 'chooseSource')).code).toBe('FORBIDDEN')
  })

  it('records where the camera’s embedded thumbnail lies in the file, and writes no file for it', async () => {
    const { t, src } = await setup()
    const data = await writePhoto(src, 'DSC_0420.NEF', 41, { make: 'NIKON', model: 'D750', dateTaken: '2026:05:02 16:00:00', thumbnail: true })
    await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'referenciar' })
    await settle(t.core)
    const [raw] = await assets(t)
    expect(raw).toMatchObject({ kind: 'foto', camera: 'NIKON D750', captured_on: '2026-05-02' })
    const thumb = data.subarray(raw!.embedded_thumb_offset!, raw!.embedded_thumb_offset! + raw!.embedded_thumb_length!)
    expect([thumb[0], thumb[1], thumb.at(-2), thumb.at(-1)]).toEqual([0xff, 0xd8, 0xff, 0xd9])
    expect(existsSync(join(archiveCacheDir(t.dir), `${raw!.sha256.slice(0, 2)}/${raw!.sha256}-exif.jpg`))).toBe(false)
  })
})
