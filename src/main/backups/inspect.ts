import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import SQLite from 'better-sqlite3'
import { AppError } from '../core/errors'
import { sha256OfFile } from '../delivery/atomic-write'
import { migrations } from '../db/migrations'
import { manifestFileName } from './names'

// Tables every Pauta database has had since its first version.
const REQUIRED_TABLES = ['kysely_migration', 'entity_settings', 'users', 'pieces', 'audit_log']

export interface BackupManifest {
  app: 'Pauta'
  fileName: string
  createdAt: string
  sha256: string
  size: number
  migrations: string[]
  counts: Record<string, number>
  storedFiles: { id: number; sha256: string; size: number; mime: string; storagePath: string }[]
}

const invalid = (message: string) => new AppError('VALIDATION', message, { fileName: message })

async function readManifest(path: string): Promise<BackupManifest | null> {
  const text = await readFile(join(dirname(path), manifestFileName(basename(path))), 'utf8').catch(() => null)
  if (text === null) return null
  try {
    return JSON.parse(text) as BackupManifest
  } catch {
    return null
  }
}

/**
 * Checks that `path` is a whole, undamaged Pauta database this version can open, without
 * changing it: its manifest (when there is one) must match, it opens read-only, passes
 * `PRAGMA integrity_check`, has Pauta's tables and no migration newer than this Pauta knows.
 * Returns the file's SHA-256; throws an AppError naming the file otherwise.
 */
export async function inspectBackup(path: string): Promise<string> {
  const name = basename(path)
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) throw new AppError('NOT_FOUND', `No se encontró la copia «${name}» en la carpeta de copias.`)
  const sha256 = await sha256OfFile(path)
  const manifest = await readManifest(path)
  if (manifest && (manifest.size !== info.size || manifest.sha256 !== sha256)) {
    throw invalid(`La copia «${name}» está incompleta o dañada: no coincide con su registro. Elija otra copia.`)
  }
  let db: SQLite.Database | null = null
  try {
    db = new SQLite(path, { readonly: true, fileMustExist: true })
    const check = db.pragma('integrity_check') as { integrity_check: string }[]
    if (check.length !== 1 || check[0]!.integrity_check !== 'ok') {
      throw invalid(`La copia «${name}» está dañada: la comprobación de integridad encontró errores. Elija otra copia.`)
    }
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name))
    if (!REQUIRED_TABLES.every((t) => tables.has(t))) throw invalid(`«${name}» no es una copia válida de Pauta.`)
    const applied = (db.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map((m) => m.name)
    if (applied.some((m) => !Object.hasOwn(migrations, m))) {
      throw invalid(`La copia «${name}» se hizo con una versión más reciente de Pauta. Actualice Pauta antes de restaurarla.`)
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    const code = (error as { code?: string }).code ?? ''
    if (code === 'SQLITE_NOTADB') throw invalid(`«${name}» no es una copia válida de Pauta.`)
    throw invalid(`La copia «${name}» está dañada y no se puede leer. Elija otra copia.`)
  } finally {
    db?.close()
  }
  return sha256
}
