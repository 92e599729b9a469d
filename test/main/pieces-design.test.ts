import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeOffice } from '../support/core'
import { addPlanActivity, makeSourceFile, pieceInState, pieceSnapshot, type Office } from '../support/fixtures'

let o: Office
let activityId: number
beforeAll(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
})
afterAll(async () => o?.dispose())

const sha256sum = (path: string) => execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0]

describe('attaching a design', () => {
  it('copies the chosen files into managed storage with the hashes sha256sum computes', async () => {
    const id = await pieceInState(o, activityId, 'contenido_aprobado')
    const png = makeSourceFile(o, 'Afiche Vacunación.PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]))
    const pdf = makeSourceFile(o, 'arte-final.pdf', '%PDF-1.7 arte final de la campaña')
    o.host.nextPicked = [png, pdf]
    const detail = await o.call('disenador', 'pieces', 'attachDesign', { pieceId: id, note: 'Primera propuesta' })
    expect(detail.state).toBe('en_diseno')
    const [version] = detail.designVersions
    expect(version).toMatchObject({ number: 1, note: 'Primera propuesta', authorName: 'Juan Pérez' })
    expect(version!.files.map((f) => [f.name, f.size, f.mime, f.sha256])).toEqual([
      ['Afiche Vacunación.PNG', 9, 'image/png', sha256sum(png)],
      ['arte-final.pdf', readFileSync(pdf).length, 'application/pdf', sha256sum(pdf)]
    ])
    for (const file of version!.files) {
      expect(file.url).toBe(`pauta-media://files/${file.id}`)
      const stored = await o.core.db.selectFrom('stored_files').selectAll().where('id', '=', file.id).executeTakeFirstOrThrow()
      const copy = join(o.core.filesDir, stored.storage_path)
      expect(sha256sum(copy)).toBe(file.sha256)
    }
    const last = (await o.call('disenador', 'pieces', 'history', { pieceId: id })).at(-1)!
    expect(last).toMatchObject({ action: 'pieces.design_attached', summary: 'Adjuntó la versión 1 del diseño (2 archivos)' })
    expect(last.details).toMatchObject({ files: [{ name: 'Afiche Vacunación.PNG', sha256: sha256sum(png) }, { name: 'arte-final.pdf' }] })
  })

  it('numbers further versions and stores identical content once', async () => {
    const id = await pieceInState(o, activityId, 'en_diseno')
    const same = makeSourceFile(o, 'logo.svg', '<svg>logo institucional</svg>')
    const copy = makeSourceFile(o, 'logo-copia.svg', '<svg>logo institucional</svg>')
    o.host.nextPicked = [same]
    await o.call('disenador', 'pieces', 'attachDesign', { pieceId: id })
    o.host.nextPicked = [copy]
    const detail = await o.call('jefe', 'pieces', 'attachDesign', { pieceId: id, note: 'Ajuste de la jefe' })
    expect(detail.state).toBe('en_diseno')
    expect(detail.designVersions.map((v) => [v.number, v.authorName])).toEqual([
      [1, 'Juan Pérez'],
      [2, 'Juan Pérez'],
      [3, 'Laura Gómez']
    ])
    const [v2, v3] = [detail.designVersions[1]!.files[0]!, detail.designVersions[2]!.files[0]!]
    expect(v3.id).toBe(v2.id)
    expect([v2.name, v3.name]).toEqual(['logo.svg', 'logo-copia.svg'])
  })

  it('records nothing when one of the files is missing, and names it', async () => {
    const id = await pieceInState(o, activityId, 'contenido_aprobado')
    const good = makeSourceFile(o, 'bueno.png', 'bueno')
    const before = await pieceSnapshot(o, id)
    o.host.nextPicked = [good, join(o.dir, 'escritorio', 'borrado.png')]
    const error = await o.callError('disenador', 'pieces', 'attachDesign', { pieceId: id })
    expect(error).toEqual({ code: 'FILE_ERROR', message: 'No se pudo leer «borrado.png»: el archivo no existe o fue movido.' })
    expect(await pieceSnapshot(o, id)).toEqual(before)
  })

  it('records nothing when a chosen path is not a regular file', async () => {
    const id = await pieceInState(o, activityId, 'contenido_aprobado')
    const folder = join(o.dir, 'escritorio', 'Carpeta de artes')
    mkdirSync(folder, { recursive: true })
    const before = await pieceSnapshot(o, id)
    o.host.nextPicked = [folder]
    const error = await o.callError('disenador', 'pieces', 'attachDesign', { pieceId: id })
    expect(error.code).toBe('FILE_ERROR')
    expect(error.message).toContain('«Carpeta de artes»')
    expect(await pieceSnapshot(o, id)).toEqual(before)
  })

  it('records nothing when the picker is cancelled', async () => {
    const id = await pieceInState(o, activityId, 'contenido_aprobado')
    const before = await pieceSnapshot(o, id)
    o.host.nextPicked = []
    const detail = await o.call('disenador', 'pieces', 'attachDesign', { pieceId: id })
    expect(detail.state).toBe('contenido_aprobado')
    expect(detail.designVersions).toEqual([])
    expect(await pieceSnapshot(o, id)).toEqual(before)
  })

  it('checks the piece again after the picker closes', async () => {
    const id = await pieceInState(o, activityId, 'contenido_aprobado')
    const file = makeSourceFile(o, 'tarde.png', 'llegó tarde')
    // While the designer browses files, the writer cancels the piece.
    const pickFiles = o.host.pickFiles
    o.host.pickFiles = async () => {
      await o.call('profesional', 'pieces', 'cancel', { pieceId: id, reason: 'Se canceló el evento.' })
      return [file]
    }
    try {
      const before = await o.core.db.selectFrom('design_versions').select('id').where('piece_id', '=', id).execute()
      expect((await o.callError('disenador', 'pieces', 'attachDesign', { pieceId: id })).code).toBe('INVALID_TRANSITION')
      expect(await o.core.db.selectFrom('design_versions').select('id').where('piece_id', '=', id).execute()).toEqual(before)
      expect((await o.call('jefe', 'pieces', 'get', { id })).state).toBe('cancelada')
    } finally {
      o.host.pickFiles = pickFiles
    }
    expect(existsSync(file)).toBe(true)
  })
})
