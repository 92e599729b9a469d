import { createHash } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../src/main/core/errors'
import { formatBytes, importFile, insertStoredFile, resolveStoredFile, type ImportIo } from '../../src/main/files'
import { makeTestCore, type TestCore } from '../support/core'

let work: string
let filesDir: string
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pauta-files-'))
  filesDir = join(work, 'files')
  mkdirSync(filesDir)
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

function source(name: string, content: string | Buffer): string {
  const path = join(work, name)
  writeFileSync(path, content)
  return path
}

const sha = (content: string | Buffer) => createHash('sha256').update(content).digest('hex')

/** Stored content files, excluding the temporary folder. */
function storedFiles(): string[] {
  return readdirSync(filesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.parentPath.includes(`${join(filesDir, 'tmp')}`))
    .map((e) => join(e.parentPath, e.name))
}

function tempLeftovers(): string[] {
  const tmp = join(filesDir, 'tmp')
  return existsSync(tmp) ? readdirSync(tmp) : []
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('importFile', () => {
  it('copies the file under its SHA-256 with the lowercased extension and a mime from the name', async () => {
    const content = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251))
    const imported = await importFile(filesDir, source('Cartel Feria.PNG', content))
    const hash = sha(content)
    expect(imported).toEqual({
      sha256: hash,
      size: content.length,
      mime: 'image/png',
      storagePath: `${hash.slice(0, 2)}/${hash}.png`,
      originalName: 'Cartel Feria.PNG'
    })
    expect(readFileSync(join(filesDir, imported.storagePath)).equals(content)).toBe(true)
    expect(tempLeftovers()).toEqual([])
  })

  it('keeps one stored copy when the same content arrives twice, even under another name', async () => {
    const first = await importFile(filesDir, source('pieza.jpg', 'mismos bytes'))
    const second = await importFile(filesDir, source('pieza-copia.JPEG', 'mismos bytes'))
    expect(second.storagePath).toBe(first.storagePath)
    expect(second.mime).toBe('image/jpeg')
    expect(storedFiles()).toHaveLength(1)
    expect(tempLeftovers()).toEqual([])
  })

  it('gives unknown extensions the generic type and keeps only plain extensions on disk', async () => {
    const unknown = await importFile(filesDir, source('guion.xyz', 'guion'))
    expect(unknown.mime).toBe('application/octet-stream')
    expect(unknown.storagePath).toBe(`${unknown.sha256.slice(0, 2)}/${unknown.sha256}.xyz`)
    const odd = await importFile(filesDir, source('diseño.final v2', 'otro contenido'))
    expect(odd.storagePath).toBe(`${odd.sha256.slice(0, 2)}/${odd.sha256}`)
    const none = await importFile(filesDir, source('LEEME', 'sin extensión'))
    expect(none.storagePath).toBe(`${none.sha256.slice(0, 2)}/${none.sha256}`)
  })

  it('refuses a missing source with a message naming the file', async () => {
    const error = await failure(importFile(filesDir, join(work, 'cartel.png')))
    expect(error.code).toBe('FILE_ERROR')
    expect(error.message).toBe('No se pudo leer «cartel.png»: el archivo no existe o fue movido.')
    expect(tempLeftovers()).toEqual([])
  })

  it('refuses a folder as source', async () => {
    mkdirSync(join(work, 'Diseños marzo'))
    const error = await failure(importFile(filesDir, join(work, 'Diseños marzo')))
    expect(error.code).toBe('FILE_ERROR')
    expect(error.message).toContain('«Diseños marzo» es una carpeta')
    expect(storedFiles()).toEqual([])
  })

  // /proc/self/mem is a regular file that opens but fails its first read with EIO.
  it.skipIf(!existsSync('/proc/self/mem'))('names the source when reading it fails midway and cleans up', async () => {
    const error = await failure(importFile(filesDir, '/proc/self/mem'))
    expect(error.code).toBe('FILE_ERROR')
    expect(error.message).toBe('No se pudo leer «mem». Revise que el archivo esté completo e intente de nuevo.')
    expect(tempLeftovers()).toEqual([])
    expect(storedFiles()).toEqual([])
  })

  // /proc files report size 0 but have content: the limit must also hold while copying.
  it.skipIf(!existsSync('/proc/self/status'))('stops a file that turns out bigger than the limit while copying', async () => {
    const error = await failure(importFile(filesDir, '/proc/self/status', { maxBytes: 100 }))
    expect(error.code).toBe('FILE_ERROR')
    expect(error.message).toMatch(/^«status» pesa [\d.,]+ (bytes|KB); el máximo es 100 bytes\.$/)
    expect(tempLeftovers()).toEqual([])
  })

  it('refuses a file over the size limit before copying anything', async () => {
    const error = await failure(importFile(filesDir, source('video.mov', Buffer.alloc(3000)), { maxBytes: 2048 }))
    expect(error.code).toBe('FILE_ERROR')
    expect(error.message).toBe('«video.mov» pesa 2,9 KB; el máximo es 2 KB.')
    expect(storedFiles()).toEqual([])
    expect(tempLeftovers()).toEqual([])
  })

  it('accepts a file exactly at the limit', async () => {
    const imported = await importFile(filesDir, source('justo.pdf', Buffer.alloc(2048, 1)), { maxBytes: 2048 })
    expect(imported.size).toBe(2048)
  })

  it('answers DISK_FULL when the disk fills while copying and leaves no temporary file', async () => {
    let tempPath = ''
    // The temp file is really created, then the bytes go to /dev/full, which fails every write with ENOSPC.
    const fullDisk: ImportIo = {
      createWriteStream(path) {
        tempPath = path
        writeFileSync(path, 'parcial')
        return existsSync('/dev/full') ? createWriteStream('/dev/full') : enospcWritable()
      }
    }
    const error = await failure(importFile(filesDir, source('cartel.png', Buffer.alloc(100_000, 7)), { io: fullDisk }))
    expect(error.code).toBe('DISK_FULL')
    expect(error.message).toBe('El disco está lleno: no se pudo copiar «cartel.png». Libere espacio e intente de nuevo.')
    expect(tempPath.startsWith(join(filesDir, 'tmp'))).toBe(true)
    expect(existsSync(tempPath)).toBe(false)
    expect(tempLeftovers()).toEqual([])
    expect(storedFiles()).toEqual([])
  })

  it('reports other destination failures as FILE_ERROR and cleans up', async () => {
    let tempPath = ''
    const readOnly: ImportIo = {
      createWriteStream(path) {
        tempPath = path
        writeFileSync(path, '')
        return new Writable({
          write(_chunk, _enc, done) {
            done(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }))
          }
        })
      }
    }
    const error = await failure(importFile(filesDir, source('boletin.docx', 'contenido'), { io: readOnly }))
    expect(error.code).toBe('FILE_ERROR')
    expect(error.message).toContain('No se pudo guardar una copia de «boletin.docx»')
    expect(existsSync(tempPath)).toBe(false)
  })
})

function enospcWritable(): Writable {
  return new Writable({
    write(_chunk, _enc, done) {
      done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))
    }
  })
}

describe('formatBytes', () => {
  it('uses the Colombian decimal comma and binary multiples', () => {
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB')
    expect(formatBytes(1.2 * 1024 ** 3)).toBe('1,2 GB')
    expect(formatBytes(512)).toBe('512 bytes')
  })
})

describe('stored file catalogue', () => {
  let t: TestCore
  afterEach(async () => t?.dispose())

  it('inserts one row per content and resolves it to a path inside the files folder', async () => {
    t = await makeTestCore()
    const a = await importFile(t.core.filesDir, source('a.png', 'imagen'))
    const b = await importFile(t.core.filesDir, source('b.png', 'imagen'))
    const now = '2026-03-10T14:00:00.000Z'
    const ids = await t.core.db.transaction().execute(async (trx) => [await insertStoredFile(trx, a, now), await insertStoredFile(trx, b, now)])
    expect(ids[0]).toBe(ids[1])
    const rows = await t.core.db.selectFrom('stored_files').selectAll().execute()
    expect(rows).toEqual([{ id: ids[0], sha256: a.sha256, size: 6, mime: 'image/png', storage_path: a.storagePath, created_at: now }])
    const resolved = await resolveStoredFile(t.core.db, t.core.filesDir, ids[0]!)
    expect(resolved).toEqual({ path: join(t.core.filesDir, a.storagePath), mime: 'image/png', size: 6 })
  })

  it('refuses unknown ids, paths that escape the files folder, and catalogued files missing on disk', async () => {
    t = await makeTestCore()
    const { db, filesDir: dir } = t.core
    expect(await resolveStoredFile(db, dir, 999)).toBeNull()
    expect(await resolveStoredFile(db, dir, -1)).toBeNull()
    expect(await resolveStoredFile(db, dir, 1.5)).toBeNull()
    writeFileSync(join(t.dir, 'pauta-secreto.txt'), 'fuera de files/')
    const escapes = ['../pauta-secreto.txt', join(t.dir, 'pauta-secreto.txt'), 'ab/../../pauta-secreto.txt']
    const ids: number[] = []
    for (const [i, storagePath] of escapes.entries()) {
      const row = await db
        .insertInto('stored_files')
        .values({ sha256: String(i).repeat(64), size: 1, mime: 'text/plain', storage_path: storagePath, created_at: '2026-03-10T14:00:00.000Z' })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.push(row.id)
    }
    for (const id of ids) expect(await resolveStoredFile(db, dir, id)).toBeNull()
    const gone = await importFile(dir, source('borrado.png', 'se pierde'))
    const goneId = await db.transaction().execute((trx) => insertStoredFile(trx, gone, '2026-03-10T14:00:00.000Z'))
    rmSync(join(dir, gone.storagePath))
    expect(await resolveStoredFile(db, dir, goneId)).toBeNull()
  })

  it('points the row at a fresh copy when the old stored file was lost', async () => {
    t = await makeTestCore()
    const { db, filesDir: dir } = t.core
    const first = await importFile(dir, source('logo.png', 'logo'))
    const id = await db.transaction().execute((trx) => insertStoredFile(trx, first, '2026-03-10T14:00:00.000Z'))
    rmSync(join(dir, first.storagePath))
    const again = await importFile(dir, source('logo.svg', 'logo'))
    expect(again.storagePath).not.toBe(first.storagePath)
    expect(await db.transaction().execute((trx) => insertStoredFile(trx, again, '2026-03-11T14:00:00.000Z'))).toBe(id)
    expect(await resolveStoredFile(db, dir, id)).toMatchObject({ path: join(dir, again.storagePath), size: 4 })
  })
})
