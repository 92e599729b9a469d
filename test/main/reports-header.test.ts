import { readFileSync } from 'node:fs'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, describe, expect, it } from 'vitest'
import { generatedBytes } from '../../src/main/reports/generated'
import { makeOffice } from '../support/core'
import { auditCount, makeSourceFile, type Office } from '../support/fixtures'

let o: Office
afterEach(async () => o?.dispose())

const PNG = readFileSync(new URL('../../resources/icon.png', import.meta.url))
// The smallest baseline JPEG: 1×1 pixel.
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64'
)

async function pdfOf(o: Office, fileId: number): Promise<{ pages: string[]; raw: string }> {
  const { bytes } = await generatedBytes(o.core, fileId)
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false })
  return { pages: text, raw: bytes.toString('latin1') }
}

const storedFiles = async (o: Office) =>
  Number((await o.core.db.selectFrom('stored_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

describe('encabezado institucional de los informes', () => {
  it('sin configurar: proceso «Gestión de Comunicaciones», nombre de la entidad y sin logo; lo lee cualquier usuario', async () => {
    o = await makeOffice()
    const expected = {
      entityName: 'Alcaldía de Cajicá',
      processName: 'Gestión de Comunicaciones',
      documentCode: '',
      version: '',
      versionDate: null,
      logoUrl: null
    }
    expect(await o.call('disenador', 'reports', 'getHeader', {})).toEqual(expected)
    expect(await o.call('administrador', 'reports', 'getHeader', {})).toEqual(expected)
  })

  it('el jefe lo configura, queda auditado y aparece en cada página del informe', async () => {
    o = await makeOffice()
    const header = await o.call('jefe', 'reports', 'updateHeader', {
      processName: 'Comunicación Pública',
      documentCode: 'F-GC-001',
      version: '3',
      versionDate: '2025-07-15'
    })
    expect(header).toMatchObject({ entityName: 'Alcaldía de Cajicá', processName: 'Comunicación Pública', documentCode: 'F-GC-001', version: '3', versionDate: '2025-07-15' })
    const [entry] = await o.call('jefe', 'audit', 'list', {})
    expect(entry).toMatchObject({
      action: 'reports.header_updated',
      summary:
        'Cambió en el encabezado de los informes el nombre del proceso a «Comunicación Pública», el código del formato a «F-GC-001», la versión a «3» y la fecha de la versión a «15/07/2025»'
    })

    const before = await auditCount(o)
    await o.call('administrador', 'reports', 'updateHeader', { processName: 'Comunicación Pública', documentCode: 'F-GC-001', version: '3', versionDate: '2025-07-15' })
    expect(await auditCount(o)).toBe(before)

    const file = await o.call('profesional', 'reports', 'generate', { request: { kind: 'inventario_archivo' } })
    const { pages, raw } = await pdfOf(o, file.id)
    expect(pages).toHaveLength(1)
    const page = pages[0]!
    for (const text of [
      'ALCALDÍA DE CAJICÁ',
      'Proceso: Comunicación Pública',
      'INVENTARIO DEL MATERIAL AUDIOVISUAL',
      'Código:',
      'F-GC-001',
      'Versión:',
      'Fecha:',
      '15/07/2025',
      'Página 1 de 1',
      'Generado por Andrés Rojas el 10/03/2026 09:00'
    ]) {
      expect(page).toContain(text)
    }
    expect(raw).not.toContain('/Subtype /Image')
  })

  it('solo el jefe o un administrador lo cambian; una negativa no cambia nada', async () => {
    o = await makeOffice()
    const before = await auditCount(o)
    for (const client of ['profesional', 'disenador', 'community_manager', 'archivista']) {
      const error = await o.callError(client, 'reports', 'updateHeader', { processName: 'Otro', documentCode: 'X', version: '1', versionDate: null })
      expect(error).toEqual({ code: 'FORBIDDEN', message: 'Solo el jefe de la oficina o un administrador cambian el encabezado de los informes.' })
    }
    o.host.nextPicked = [makeSourceFile(o, 'logo.png', PNG)]
    expect((await o.callError('profesional', 'reports', 'chooseLogo', {})).code).toBe('FORBIDDEN')
    expect((await o.callError('profesional', 'reports', 'clearLogo', {})).code).toBe('FORBIDDEN')
    // Refused before the picker opened: nobody chose a file for a write that could not happen.
    expect(o.host.nextPicked).toHaveLength(1)
    expect((await o.call('jefe', 'reports', 'getHeader', {})).processName).toBe('Gestión de Comunicaciones')
    expect(await auditCount(o)).toBe(before)
  })

  it('el logo PNG o JPEG se guarda, sale en el encabezado del PDF y se puede quitar', async () => {
    o = await makeOffice()
    o.host.nextPicked = [makeSourceFile(o, 'escudo.png', PNG)]
    const withPng = await o.call('jefe', 'reports', 'chooseLogo', {})
    expect(withPng.logoUrl).toMatch(/^pauta-media:\/\/files\/\d+$/)
    const [entry] = await o.call('jefe', 'audit', 'list', {})
    expect(entry).toMatchObject({ action: 'reports.logo_changed', summary: 'Cambió el logo del encabezado de los informes por «escudo.png»' })

    const report = await o.call('jefe', 'reports', 'generate', { request: { kind: 'inventario_archivo' } })
    expect((await pdfOf(o, report.id)).raw).toContain('/Subtype /Image')

    // A JPEG is told by its bytes, whatever its extension says.
    o.host.nextPicked = [makeSourceFile(o, 'escudo-2026.PNG', JPEG)]
    const withJpeg = await o.call('administrador', 'reports', 'chooseLogo', {})
    expect(withJpeg.logoUrl).not.toBe(withPng.logoUrl)
    const jpegReport = await o.call('jefe', 'reports', 'generate', { request: { kind: 'inventario_archivo' } })
    expect((await pdfOf(o, jpegReport.id)).raw).toContain('/Filter /DCTDecode')

    const cleared = await o.call('jefe', 'reports', 'clearLogo', {})
    expect(cleared.logoUrl).toBeNull()
    const [removed] = await o.call('jefe', 'audit', 'list', {})
    expect(removed).toMatchObject({ action: 'reports.logo_removed', summary: 'Quitó el logo del encabezado de los informes' })
    const plain = await o.call('jefe', 'reports', 'generate', { request: { kind: 'inventario_archivo' } })
    expect((await pdfOf(o, plain.id)).raw).not.toContain('/Subtype /Image')
  })

  it('cerrar el selector de archivos no cambia nada', async () => {
    o = await makeOffice()
    const before = await auditCount(o)
    o.host.nextPicked = []
    expect((await o.call('jefe', 'reports', 'chooseLogo', {})).logoUrl).toBeNull()
    expect(await auditCount(o)).toBe(before)
  })

  it('rechaza un archivo que no es una imagen PNG o JPEG, o que pesa más de 2 MB, sin guardar nada', async () => {
    o = await makeOffice()
    o.host.nextPicked = [makeSourceFile(o, 'escudo.png', PNG)]
    const current = await o.call('jefe', 'reports', 'chooseLogo', {})
    const before = { header: current, audit: await auditCount(o), files: await storedFiles(o) }

    const refusals: [name: string, content: Buffer, message: string][] = [
      ['logo.png', Buffer.from('esto es texto, no una imagen'), '«logo.png» no es una imagen PNG o JPEG válida.'],
      ['logo.jpg', Buffer.from('GIF89a\x01\x00\x01\x00'), '«logo.jpg» no es una imagen PNG o JPEG válida.'],
      ['cortado.png', PNG.subarray(0, 40), '«cortado.png» no es una imagen PNG o JPEG válida.'],
      ['vacio.png', Buffer.alloc(0), '«vacio.png» no es una imagen PNG o JPEG válida.'],
      ['enorme.png', Buffer.concat([PNG, Buffer.alloc(2.5 * 1024 * 1024 - PNG.length)]), '«enorme.png» pesa 2,5 MB; el logo puede pesar hasta 2 MB.']
    ]
    for (const [name, content, message] of refusals) {
      o.host.nextPicked = [makeSourceFile(o, name, content)]
      expect(await o.callError('jefe', 'reports', 'chooseLogo', {})).toEqual({ code: 'FILE_ERROR', message })
    }
    expect(await o.call('jefe', 'reports', 'getHeader', {})).toEqual(before.header)
    expect(await auditCount(o)).toBe(before.audit)
    expect(await storedFiles(o)).toBe(before.files)
  })
})
