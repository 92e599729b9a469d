import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dailyBackupJob } from '../../src/main/background/jobs'
import { startCore } from '../../src/main/core/create-core'
import { backupFileName, backupTakenAt, manifestFileName } from '../../src/main/backups/names'
import { isoWeek, planRotation } from '../../src/main/backups/rotation'
import type { BackupManifest } from '../../src/main/backups/inspect'
import { loadSessionUser } from '../../src/main/auth/session-user'
import { recordGenerated } from '../../src/main/reports/generated'
import { BACKUP_RETENTION } from '../../src/shared/domain/reports'
import { isoDateInColombia } from '../../src/shared/dates'
import { makeOffice, makeTestCore, TEST_PASSWORD, type TestCore } from '../support/core'

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('backup names', () => {
  it('carry the Colombian local time and read back to the same instant', () => {
    const at = new Date('2026-03-10T14:05:09Z')
    expect(backupFileName(at)).toBe('pauta-2026-03-10-090509.sqlite')
    expect(backupTakenAt('pauta-2026-03-10-090509.sqlite')).toEqual(at)
    expect(manifestFileName('pauta-2026-03-10-090509.sqlite')).toBe('pauta-2026-03-10-090509-manifest.json')
    expect(backupTakenAt('pauta-2026-02-30-090509.sqlite')).toBeNull()
    expect(backupTakenAt('pauta.sqlite')).toBeNull()
    expect(backupTakenAt('pauta-2026-03-10-090509.sqlite.partial-0123456789abcdef')).toBeNull()
  })
})

describe('rotation', () => {
  const daily = (from: string, days: number, hourUtc = 14) =>
    Array.from({ length: days }, (_, i) => {
      const takenAt = new Date(Date.parse(`${from}T${String(hourUtc).padStart(2, '0')}:00:00Z`) + i * 86_400_000)
      return { fileName: backupFileName(takenAt), takenAt }
    })
  const dayOf = (b: { takenAt: Date }) => isoDateInColombia(b.takenAt)

  it('uses ISO weeks', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01')
    expect(isoWeek('2027-01-01')).toBe('2026-W53')
    expect(isoWeek('2024-12-30')).toBe('2025-W01')
    expect(isoWeek('2026-03-08')).toBe('2026-W10')
    expect(isoWeek('2026-03-09')).toBe('2026-W11')
  })

  it('keeps 7 daily, then 4 weekly, then 12 monthly backups, and removes the rest', () => {
    // Each tier starts past the weeks (or days) the tier above already holds: February's monthly
    // copy is the 8th, the newest outside the week of the last weekly copy (9–15 February).
    const backups = daily('2025-01-01', 434)
    expect(dayOf(backups.at(-1)!)).toBe('2026-03-10')
    const { keep, remove } = planRotation(backups, BACKUP_RETENTION)
    const tier = (t: string) => keep.filter((k) => k.tier === t).map(dayOf)
    expect(tier('diaria')).toEqual(['2026-03-10', '2026-03-09', '2026-03-08', '2026-03-07', '2026-03-06', '2026-03-05', '2026-03-04'])
    expect(tier('semanal')).toEqual(['2026-03-03', '2026-03-01', '2026-02-22', '2026-02-15'])
    expect(tier('mensual')).toEqual([
      '2026-02-08', '2026-01-31', '2025-12-31', '2025-11-30', '2025-10-31', '2025-09-30',
      '2025-08-31', '2025-07-31', '2025-06-30', '2025-05-31', '2025-04-30', '2025-03-31'
    ])
    expect(keep).toHaveLength(23)
    expect(remove).toHaveLength(434 - 23)
    expect(new Set([...keep, ...remove].map((b) => b.fileName)).size).toBe(434)
  })

  it('keeps only the newest of several backups the same day, in Colombian days', () => {
    const morning = new Date('2026-03-10T13:00:00Z')
    const evening = new Date('2026-03-10T23:30:00Z')
    // 03:00 UTC on the 10th is still the 9th in Colombia.
    const lateNight = new Date('2026-03-10T03:00:00Z')
    const backups = [morning, evening, lateNight].map((takenAt) => ({ fileName: backupFileName(takenAt), takenAt }))
    const { keep, remove } = planRotation(backups, BACKUP_RETENTION)
    expect(keep.map((k) => [k.fileName, k.tier])).toEqual([
      [backupFileName(evening), 'diaria'],
      [backupFileName(lateNight), 'diaria']
    ])
    expect(remove.map((r) => r.fileName)).toEqual([backupFileName(morning)])
  })

  it('keeps everything while there are fewer than seven days of backups', () => {
    const { keep, remove } = planRotation(daily('2026-03-01', 5), BACKUP_RETENTION)
    expect(keep.every((k) => k.tier === 'diaria')).toBe(true)
    expect(keep).toHaveLength(5)
    expect(remove).toEqual([])
  })
})

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
let work: string
beforeEach(async () => {
  t = await makeOffice()
  work = mkdtempSync(join(tmpdir(), 'pauta-copias-'))
})
afterEach(async () => {
  await t.dispose()
  rmSync(work, { recursive: true, force: true })
})

const copias = () => join(t.dir, 'copias')

async function storeAGeneratedFile(): Promise<void> {
  const now = t.clock.now()
  const today = isoDateInColombia(now)
  const user = (await loadSessionUser(t.core.db, t.users.jefe, today))!
  const ctx = { core: t.core, db: t.core.db, clientId: 'jefe', now, nowIso: now.toISOString(), today, user }
  await recordGenerated(ctx, { kind: 'mensual', title: 'Informe', fileName: 'informe.pdf', bytes: randomBytes(2000), params: {} })
}

describe('backups', () => {
  it('runNow takes a consistent copy with its manifest, lists it, records and audits it', async () => {
    await storeAGeneratedFile()
    expect((await t.callError('profesional', 'backups', 'runNow')).code).toBe('FORBIDDEN')
    const status = await t.call('jefe', 'backups', 'runNow')
    const name = 'pauta-2026-03-10-090000.sqlite'
    expect(status).toMatchObject({ folder: copias(), destinationId: null, lastBackupAt: '2026-03-10T14:00:00.000Z', lastError: '' })
    expect(status.items).toEqual([{ fileName: name, tier: 'diaria', createdAt: '2026-03-10T14:00:00.000Z', size: statSync(join(copias(), name)).size }])
    expect(readdirSync(copias()).sort()).toEqual([manifestFileName(name), name])

    const manifest = JSON.parse(readFileSync(join(copias(), manifestFileName(name)), 'utf8')) as BackupManifest
    const bytes = readFileSync(join(copias(), name))
    expect(manifest).toMatchObject({ app: 'Pauta', fileName: name, sha256: sha(bytes), size: bytes.length, migrations: expect.arrayContaining(['0001_foundation']) })
    expect(manifest.counts).toMatchObject({ users: 8, generated_files: 1, stored_files: 1 })
    const stored = await t.core.db.selectFrom('stored_files').selectAll().executeTakeFirstOrThrow()
    expect(manifest.storedFiles).toEqual([{ id: stored.id, sha256: stored.sha256, size: stored.size, mime: stored.mime, storagePath: stored.storage_path }])

    const copy = new SQLite(join(copias(), name), { readonly: true })
    try {
      expect(copy.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 8 })
      expect(copy.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }])
    } finally {
      copy.close()
    }
    expect((await t.call('jefe', 'audit', 'list', {}))[0]).toMatchObject({
      action: 'backups.created',
      actorName: 'Laura Gómez',
      summary: expect.stringMatching(/^Hizo la copia de seguridad «pauta-2026-03-10-090000\.sqlite» \(.+\) en /)
    })
  })

  it('applies the rotation after each backup, removing old copies and their manifests', async () => {
    await t.call('jefe', 'backups', 'runNow')
    const first = 'pauta-2026-03-10-090000.sqlite'
    // Forty older days of copies, as if Pauta had run every morning.
    for (let d = 1; d <= 40; d++) {
      const name = backupFileName(new Date(Date.parse('2026-03-10T14:00:00Z') - d * 86_400_000))
      copyFileSync(join(copias(), first), join(copias(), name))
      copyFileSync(join(copias(), manifestFileName(first)), join(copias(), manifestFileName(name)))
    }
    t.clock.advanceDays(1)
    const status = await t.call('administrador', 'backups', 'runNow')
    expect(status.items.map((i) => `${i.fileName.slice(6, 16)} ${i.tier}`)).toEqual([
      '2026-03-11 diaria', '2026-03-10 diaria', '2026-03-09 diaria', '2026-03-08 diaria', '2026-03-07 diaria',
      '2026-03-06 diaria', '2026-03-05 diaria', '2026-03-04 semanal', '2026-03-01 semanal', '2026-02-22 semanal',
      '2026-02-15 semanal', '2026-02-08 mensual', '2026-01-31 mensual'
    ])
    expect(readdirSync(copias())).toHaveLength(26)
    expect(existsSync(join(copias(), 'pauta-2026-03-03-090000.sqlite'))).toBe(false)
    expect(existsSync(join(copias(), 'pauta-2026-03-03-090000-manifest.json'))).toBe(false)
  })

  it('configure checks the folder; a backup destination gets the copy through the outbox, replacing an older waiting one', async () => {
    const relative = await t.callError('jefe', 'backups', 'configure', { folder: 'copias', destinationId: null })
    expect(relative.code).toBe('VALIDATION')
    writeFileSync(join(work, 'archivo'), 'x')
    const underFile = await t.callError('jefe', 'backups', 'configure', { folder: join(work, 'archivo', 'copias'), destinationId: null })
    expect(underFile).toMatchObject({ code: 'VALIDATION' })
    expect(underFile.message).toContain('Elija otra carpeta')

    const usb = join(work, 'usb')
    const dest = await t.call('jefe', 'delivery', 'createDestination', { name: 'USB de respaldo', path: usb, note: '', active: true })
    const folder = join(work, 'copias locales')
    const configured = await t.call('jefe', 'backups', 'configure', { folder, destinationId: dest.id })
    expect(configured).toMatchObject({ folder, destinationId: dest.id, items: [] })
    await t.call('jefe', 'backups', 'runNow')
    const [first] = await t.call('jefe', 'delivery', 'outbox')
    expect(first).toMatchObject({ fileName: 'pauta-2026-03-10-090000.sqlite', state: 'pendiente', attempts: 0, destinationName: 'USB de respaldo' })

    t.clock.advanceDays(1)
    await t.call('jefe', 'backups', 'runNow')
    const all = await t.call('jefe', 'delivery', 'outbox', { includeDone: true })
    expect(all.map((o) => [o.fileName, o.state])).toEqual([
      ['pauta-2026-03-11-090000.sqlite', 'pendiente'],
      ['pauta-2026-03-10-090000.sqlite', 'cancelado']
    ])
    // The new copy does not carry the older one inside its outbox.
    const copy = new SQLite(join(folder, 'pauta-2026-03-11-090000.sqlite'), { readonly: true })
    try {
      expect(copy.prepare('SELECT state, length(content) AS size FROM outbox').all()).toEqual([{ state: 'cancelado', size: 0 }])
    } finally {
      copy.close()
    }
    const queued = await t.core.db.selectFrom('outbox').select(['content', 'sha256']).where('state', '=', 'pendiente').executeTakeFirstOrThrow()
    expect(sha(queued.content)).toBe(sha(readFileSync(join(folder, 'pauta-2026-03-11-090000.sqlite'))))
  })

  it('records a failed backup in the status and says why', async () => {
    writeFileSync(join(work, 'archivo'), 'x')
    await t.call('jefe', 'backups', 'configure', { folder: join(work, 'copias'), destinationId: null })
    rmSync(join(work, 'copias'), { recursive: true })
    writeFileSync(join(work, 'copias'), 'ahora es un archivo')
    const error = await t.callError('jefe', 'backups', 'runNow')
    expect(error.code).toBe('FILE_ERROR')
    expect(error.message).toContain(`No se pudo hacer la copia de seguridad en ${join(work, 'copias')}`)
    expect((await t.call('jefe', 'backups', 'status')).lastError).toBe(error.message)
  })

  it('the daily job backs up once per Colombian day, only once Pauta is configured', async () => {
    const job = dailyBackupJob(t.core)
    await job.run(new Date('2026-03-10T14:00:00Z'))
    await job.run(new Date('2026-03-11T04:00:00Z'))
    expect((await t.call('jefe', 'backups', 'status')).items.map((i) => i.fileName)).toEqual(['pauta-2026-03-10-090000.sqlite'])
    await job.run(new Date('2026-03-11T05:30:00Z'))
    expect((await t.call('jefe', 'backups', 'status')).items.map((i) => i.fileName)).toEqual([
      'pauta-2026-03-11-003000.sqlite',
      'pauta-2026-03-10-090000.sqlite'
    ])
    const audit = await t.call('jefe', 'audit', 'list', {})
    expect(audit[0]).toMatchObject({ actorName: null, summary: expect.stringMatching(/^Tarea programada: hizo la copia de seguridad «pauta-2026-03-11-003000\.sqlite»/) })

    const fresh: TestCore = await makeTestCore()
    try {
      await dailyBackupJob(fresh.core).run(new Date('2026-03-10T14:00:00Z'))
      expect(existsSync(join(fresh.dir, 'copias'))).toBe(false)
    } finally {
      await fresh.dispose()
    }
  })
})

describe('background work', () => {
  it('a core started with background takes the day’s backup at once and stops with close()', async () => {
    await t.close()
    const running = await startCore({ dataDir: t.dir, host: t.host, clock: t.clock, log: () => {}, background: true })
    try {
      await vi.waitFor(() => expect(existsSync(join(copias(), 'pauta-2026-03-10-090000.sqlite'))).toBe(true), { timeout: 5000 })
    } finally {
      await running.close()
    }
    // Closed: the database is released and nothing runs any more.
    const after = new SQLite(join(t.dir, 'pauta.sqlite'), { readonly: true })
    try {
      expect(after.prepare('SELECT last_backup_at FROM backup_settings').get()).toEqual({ last_backup_at: '2026-03-10T14:00:00.000Z' })
    } finally {
      after.close()
    }
  })
})

describe('restore', () => {
  async function backupThenChange(): Promise<string> {
    const status = await t.call('jefe', 'backups', 'runNow')
    t.clock.advanceDays(1)
    await t.call('jefe', 'delivery', 'createDestination', { name: 'Creado después de la copia', path: work, note: '', active: true })
    return status.items[0]!.fileName
  }

  it('puts the backup in place: later data disappears, the replaced database is kept aside, everyone is signed out', async () => {
    const fileName = await backupThenChange()
    expect((await t.callError('profesional', 'backups', 'restore', { fileName })).code).toBe('FORBIDDEN')
    expect(await t.call('jefe', 'backups', 'restore', { fileName })).toBeNull()

    expect((await t.callError('jefe', 'delivery', 'destinations')).code).toBe('UNAUTHENTICATED')
    await t.call('jefe', 'auth', 'login', { username: 'jefe', password: TEST_PASSWORD })
    expect(await t.call('jefe', 'delivery', 'destinations')).toEqual([])

    const aside = readdirSync(t.dir).filter((n) => n.startsWith('antes-de-restaurar-'))
    expect(aside).toEqual(['antes-de-restaurar-2026-03-11-090000'])
    const kept = new SQLite(join(t.dir, aside[0]!, 'pauta.sqlite'), { readonly: true })
    try {
      expect(kept.prepare('SELECT name FROM destinations').all()).toEqual([{ name: 'Creado después de la copia' }])
    } finally {
      kept.close()
    }
    expect(readdirSync(t.dir).filter((n) => n.startsWith('restaurando-'))).toEqual([])

    const audit = await t.call('jefe', 'audit', 'list', {})
    expect(audit.map((a) => a.action).slice(0, 2)).toEqual(['auth.login', 'backups.restored'])
    expect(audit[1]).toMatchObject({
      actorName: 'Laura Gómez',
      summary: `Restauró la copia de seguridad «${fileName}»; la base de datos anterior quedó en ${join(t.dir, aside[0]!)}`
    })
    // The restored database is the live one: writes and the next backup work on it.
    await t.call('jefe', 'delivery', 'createDestination', { name: 'Nuevo', path: work, note: '', active: true })
    t.clock.advanceDays(1)
    expect((await t.call('jefe', 'backups', 'runNow')).items).toHaveLength(2)
  })

  it('refuses a truncated backup, a file that is not a Pauta database and one from a newer Pauta, changing nothing', async () => {
    const fileName = await backupThenChange()
    const original = join(copias(), fileName)
    const refusals: [string, string][] = []
    const attempt = async (name: string) => {
      const error = await t.callError('jefe', 'backups', 'restore', { fileName: name })
      refusals.push([error.code, error.message])
    }

    const truncated = 'pauta-2026-03-01-090000.sqlite'
    copyFileSync(original, join(copias(), truncated))
    truncateSync(join(copias(), truncated), Math.floor(statSync(original).size / 2))
    await attempt(truncated)

    // Same truncated copy, but with the manifest of the whole one beside it.
    const withManifest = 'pauta-2026-03-02-090000.sqlite'
    copyFileSync(join(copias(), truncated), join(copias(), withManifest))
    copyFileSync(join(copias(), manifestFileName(fileName)), join(copias(), manifestFileName(withManifest)))
    await attempt(withManifest)

    const notSqlite = 'pauta-2026-03-03-090000.sqlite'
    writeFileSync(join(copias(), notSqlite), randomBytes(8192))
    await attempt(notSqlite)

    const otherApp = 'pauta-2026-03-04-090000.sqlite'
    const other = new SQLite(join(copias(), otherApp))
    other.exec('CREATE TABLE clientes (id INTEGER PRIMARY KEY, nombre TEXT)')
    other.close()
    await attempt(otherApp)

    const newer = 'pauta-2026-03-05-090000.sqlite'
    copyFileSync(original, join(copias(), newer))
    const future = new SQLite(join(copias(), newer))
    future.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999_futuro', new Date().toISOString())
    future.close()
    await attempt(newer)

    await attempt('../pauta.sqlite')
    await attempt('pauta-2026-01-01-090000.sqlite')

    expect(refusals).toEqual([
      ['VALIDATION', expect.stringMatching(/^La copia «pauta-2026-03-01-090000\.sqlite» está dañada/)],
      ['VALIDATION', 'La copia «pauta-2026-03-02-090000.sqlite» está incompleta o dañada: no coincide con su registro. Elija otra copia.'],
      ['VALIDATION', '«pauta-2026-03-03-090000.sqlite» no es una copia válida de Pauta.'],
      ['VALIDATION', '«pauta-2026-03-04-090000.sqlite» no es una copia válida de Pauta.'],
      ['VALIDATION', 'La copia «pauta-2026-03-05-090000.sqlite» se hizo con una versión más reciente de Pauta. Actualice Pauta antes de restaurarla.'],
      ['VALIDATION', 'Elija una copia de la lista de copias de seguridad.'],
      ['NOT_FOUND', 'No se encontró la copia «pauta-2026-01-01-090000.sqlite» en la carpeta de copias.']
    ])
    // Nothing changed: same data, same sessions, nothing set aside or staged.
    expect((await t.call('jefe', 'delivery', 'destinations')).map((d) => d.name)).toEqual(['Creado después de la copia'])
    expect(readdirSync(t.dir).filter((n) => n.startsWith('antes-de-restaurar-') || n.startsWith('restaurando-'))).toEqual([])
  })
})
