import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCore } from '../../src/main/core/create-core'
import { startupErrorMessage } from '../../src/main/shell/startup-error'
import { TestHost } from '../support/core'

let work: string
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pauta-startup-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

async function startFailure(dataDir: string): Promise<unknown> {
  return startCore({ dataDir, host: new TestHost(), log: () => {} }).then(
    async (running) => {
      await running.close()
      throw new Error('startCore debía fallar')
    },
    (error: unknown) => error
  )
}

describe('start-up error message', () => {
  it('tells a damaged database apart and says not to delete it', async () => {
    const dataDir = join(work, 'datos')
    mkdirSync(dataDir)
    writeFileSync(join(dataDir, 'pauta.sqlite'), Buffer.alloc(8192, 'x'))
    const message = startupErrorMessage(dataDir, await startFailure(dataDir))
    expect(message).toContain('La base de datos de Pauta está dañada')
    expect(message).toContain(dataDir)
    expect(message).toContain('No la borre')
  })

  it('names the folder and the cause when the data folder cannot be created', async () => {
    writeFileSync(join(work, 'archivo'), 'no es carpeta')
    const dataDir = join(work, 'archivo', 'datos')
    const message = startupErrorMessage(dataDir, await startFailure(dataDir))
    expect(message).toContain(`Pauta no pudo abrir sus datos en:\n${dataDir}`)
    expect(message).toContain('ENOTDIR')
  })

  it('explains permission and full-disk failures in plain words', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, mkdir '/datos'"), { code: 'EACCES' })
    expect(startupErrorMessage('/datos', denied)).toContain('no puede escribir en su carpeta de datos')
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
    expect(startupErrorMessage('/datos', full)).toContain('está lleno')
  })
})
