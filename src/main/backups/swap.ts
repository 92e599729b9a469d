import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, rename, rm, rmdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../core/errors'
import { sha256OfFile } from '../delivery/atomic-write'
import { backupFileName } from './names'

const DATABASE = 'pauta.sqlite'
// The database and the files SQLite keeps beside it; all move together.
const COMPANIONS = ['', '-wal', '-shm', '-journal']

const exists = (path: string) => stat(path).then(() => true, () => false)

/**
 * Copies a checked backup into the data folder under a temporary name and checks the copy's
 * SHA-256, so the file that goes live is exactly the one inspected.
 */
export async function stageBackup(dataDir: string, backupPath: string, sha256: string): Promise<string> {
  const staged = join(dataDir, `restaurando-${randomBytes(8).toString('hex')}.sqlite`)
  try {
    await copyFile(backupPath, staged)
    if ((await sha256OfFile(staged)) !== sha256) {
      throw new AppError('FILE_ERROR', 'La copia no se pudo leer completa desde la carpeta de copias. Intente de nuevo.')
    }
    return staged
  } catch (error) {
    await rm(staged, { force: true })
    throw error
  }
}

export interface InstalledDatabase {
  /** Where the replaced database was kept: "<datos>/antes-de-restaurar-aaaa-mm-dd-hhmmss". */
  asideDir: string
  /** Puts the replaced database back (used when the restored one then fails to open). */
  undo(): Promise<void>
}

/**
 * With the database closed: moves pauta.sqlite and its companions into a new
 * "antes-de-restaurar-…" folder and renames the staged copy into place. Any failure puts every
 * moved file back before it is thrown.
 */
export async function installStagedDatabase(dataDir: string, staged: string, now: Date): Promise<InstalledDatabase> {
  const stamp = backupFileName(now).replace(/^pauta-/, '').replace(/\.sqlite$/, '')
  let asideDir = join(dataDir, `antes-de-restaurar-${stamp}`)
  for (let n = 2; await exists(asideDir); n++) asideDir = join(dataDir, `antes-de-restaurar-${stamp}-${n}`)
  await mkdir(asideDir)
  const moved: string[] = []
  const putBack = async (removeInstalled: boolean) => {
    if (removeInstalled) for (const suffix of COMPANIONS) await rm(join(dataDir, `${DATABASE}${suffix}`), { force: true })
    for (const name of moved.reverse()) await rename(join(asideDir, name), join(dataDir, name))
    moved.length = 0
    await rmdir(asideDir).catch(() => undefined)
  }
  try {
    for (const suffix of COMPANIONS) {
      const name = `${DATABASE}${suffix}`
      if (!(await exists(join(dataDir, name)))) continue
      await rename(join(dataDir, name), join(asideDir, name))
      moved.push(name)
    }
    await rename(staged, join(dataDir, DATABASE))
  } catch (error) {
    await putBack(false)
    throw error
  }
  return { asideDir, undo: () => putBack(true) }
}
