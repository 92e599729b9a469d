import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeOffice, type TestCore } from '../support/core'

let o: TestCore
afterEach(async () => {
  await o?.dispose()
})

describe('a folder dropped on the window (ingest.describeSource)', () => {
  it('answers the folder with its drive label, and refuses what cannot be ingested', async () => {
    o = await makeOffice()
    const root = mkdtempSync(join(tmpdir(), 'pauta-soltada-'))
    const folder = join(root, 'Fotos evento')
    mkdirSync(folder)
    expect(await o.call('archivista', 'ingest', 'describeSource', { path: folder })).toEqual({ path: folder, volumeLabel: null })

    const relative = await o.callError('archivista', 'ingest', 'describeSource', { path: 'Fotos evento' })
    expect(relative).toMatchObject({ code: 'VALIDATION', message: 'Elija la carpeta de origen con el botón «Elegir carpeta».' })
    const missing = await o.callError('archivista', 'ingest', 'describeSource', { path: join(root, 'no-existe') })
    expect(missing.message).toMatch(/^No se encontró la carpeta de origen/)
    writeFileSync(join(root, 'foto.jpg'), 'x')
    const file = await o.callError('archivista', 'ingest', 'describeSource', { path: join(root, 'foto.jpg') })
    expect(file.message).toBe('El origen debe ser una carpeta, no un archivo. Elija la carpeta que contiene el material.')
    expect(await o.callError('archivista', 'ingest', 'describeSource', { path: '  ' })).toMatchObject({ code: 'VALIDATION' })
    expect(await o.callError('profesional', 'ingest', 'describeSource', { path: folder })).toMatchObject({ code: 'FORBIDDEN' })
  })

  it.skipIf(process.getuid?.() === 0)('refuses a folder Pauta cannot read', async () => {
    o = await makeOffice()
    const folder = mkdtempSync(join(tmpdir(), 'pauta-cerrada-'))
    chmodSync(folder, 0o000)
    try {
      const error = await o.callError('archivista', 'ingest', 'describeSource', { path: folder })
      expect(error.message).toBe('Pauta no tiene permiso para leer esa carpeta. Revise sus permisos o elija otra.')
    } finally {
      chmodSync(folder, 0o700)
    }
  })
})
