import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseDamagedError, findLatestGoodBackup, openCheckedDatabase, restoreLatestGoodBackup } from '../../src/main/backups/integrity'
import { startCore } from '../../src/main/core/create-core'
import { damagedDatabaseQuestion, formatBackupMoment, restoredNotice } from '../../src/main/shell/damaged-database'
import { startupErrorMessage } from '../../src/main/shell/startup-error'
import { makeOffice, TestHost } from '../support/core'

let work: string
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pauta-inicio-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

/** Overwrites the b-tree page that holds a table with garbage: a realistic torn or flipped page. */
function damageTable(databasePath: string, table: string): void {
  const db = new SQLite(databasePath, { readonly: true })
  const { rootpage } = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number }
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.close()
  const fd = openSync(databasePath, 'r+')
  writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (rootpage - 1) * pageSize)
  closeSync(fd)
}

async function startError(dataDir: string): Promise<unknown> {
  return startCore({ dataDir, host: new TestHost(), log: () => {} }).then(
    async (running) => {
      await running.close()
      throw new Error('startCore debía fallar')
    },
    (error: unknown) => error
  )
}

async function officeFolder(options: { folder?: string } = {}): Promise<string> {
  const t = await makeOffice()
  if (options.folder) await t.call('jefe', 'backups', 'configure', { folder: options.folder, destinationId: null })
  await t.call('jefe', 'backups', 'runNow')
  await t.close()
  return t.dir
}

describe('start-up integrity check', () => {
  it('detects a damaged database, restores the latest good backup, keeps the damaged file aside, and starts', async () => {
    const dataDir = await officeFolder()
    try {
      damageTable(join(dataDir, 'pauta.sqlite'), 'users')
      const damaged = readFileSync(join(dataDir, 'pauta.sqlite'))
      const error = await startError(dataDir)
      expect(error).toBeInstanceOf(DatabaseDamagedError)
      expect(error).toMatchObject({ code: 'DB_DAMAGED', dataDir })
      expect(startupErrorMessage(dataDir, error)).toContain('La base de datos de Pauta está dañada')

      const found = await findLatestGoodBackup(dataDir)
      expect(found).toMatchObject({ fileName: 'pauta-2026-03-10-090000.sqlite', takenAt: new Date('2026-03-10T14:00:00Z') })
      const restored = await restoreLatestGoodBackup(dataDir, new Date('2026-03-12T15:30:00Z'))
      expect(restored).toEqual({
        fileName: 'pauta-2026-03-10-090000.sqlite',
        takenAt: new Date('2026-03-10T14:00:00Z'),
        asideDir: join(dataDir, 'antes-de-restaurar-2026-03-12-103000')
      })
      expect(readFileSync(join(restored!.asideDir, 'pauta.sqlite')).equals(damaged)).toBe(true)

      const running = await startCore({ dataDir, host: new TestHost(), log: () => {} })
      try {
        const users = await running.core.db.selectFrom('users').select('username').execute()
        expect(users).toHaveLength(8)
      } finally {
        await running.close()
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('opens a database above the full-check size after reading its schema; the copy the daily backup makes then finds the damage', async () => {
    const dataDir = await officeFolder()
    try {
      damageTable(join(dataDir, 'pauta.sqlite'), 'users')
      expect(() => openCheckedDatabase(dataDir)).toThrow(DatabaseDamagedError)
      const opened = openCheckedDatabase(dataDir, 0)
      try {
        expect(opened.sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get()).toBeGreaterThan(0)
        expect(() => opened.sqlite.exec(`VACUUM INTO '${join(work, 'copia.sqlite')}'`)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_CORRUPT/) }))
      } finally {
        await opened.close()
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('finds backups in the folder the damaged database names, skipping a damaged newer one', async () => {
    const folder = join(work, 'copias en otra unidad')
    const dataDir = await officeFolder({ folder })
    try {
      const good = readdirSync(folder).find((n) => n.endsWith('.sqlite'))!
      const newer = 'pauta-2026-03-11-090000.sqlite'
      copyFileSync(join(folder, good), join(folder, newer))
      damageTable(join(folder, newer), 'pieces')
      damageTable(join(dataDir, 'pauta.sqlite'), 'pieces')
      expect(await startError(dataDir)).toBeInstanceOf(DatabaseDamagedError)
      expect((await findLatestGoodBackup(dataDir))?.fileName).toBe(good)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('changes nothing when there is no good backup', async () => {
    const t = await makeOffice()
    await t.close()
    const dataDir = t.dir
    try {
      damageTable(join(dataDir, 'pauta.sqlite'), 'users')
      const before = readFileSync(join(dataDir, 'pauta.sqlite'))
      expect(await restoreLatestGoodBackup(dataDir)).toBeNull()
      expect(readFileSync(join(dataDir, 'pauta.sqlite')).equals(before)).toBe(true)
      expect(readdirSync(dataDir).some((n) => n.startsWith('antes-de-restaurar-'))).toBe(false)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('a file that is not a database at all is reported as damaged too', async () => {
    const dataDir = join(work, 'datos')
    mkdirSync(dataDir)
    writeFileSync(join(dataDir, 'pauta.sqlite'), Buffer.alloc(8192, 'x'))
    expect(await startError(dataDir)).toMatchObject({ code: 'DB_DAMAGED' })
    expect(existsSync(join(dataDir, 'pauta.sqlite'))).toBe(true)
  })
})

describe('the start-up question', () => {
  it('names the backup by its Colombian date and time and offers Restaurar or Salir', () => {
    const at = new Date('2026-03-10T14:05:00Z')
    expect(formatBackupMoment(at)).toBe('10/03/2026 09:05')
    const question = damagedDatabaseQuestion('/datos', at)
    expect(question.message).toBe('La base de datos de Pauta está dañada. ¿Restaurar la copia del 10/03/2026 09:05?')
    expect(question.buttons).toEqual(['Restaurar', 'Salir'])
    expect(question.detail).toContain('antes-de-restaurar')
    expect(restoredNotice(at, '/datos/antes-de-restaurar-x')).toContain('/datos/antes-de-restaurar-x')
  })
})
