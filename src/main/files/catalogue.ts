import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Trx } from '../core/context'
import type { Db } from '../db/connection'
import type { ImportedFile } from './import'

/**
 * Records an imported file and returns its stored_files id; the same content is one row.
 * When the row already exists under another path, the fresh copy's path wins: that copy was
 * just written, while the old one may have been lost.
 */
export async function insertStoredFile(trx: Trx, file: ImportedFile, nowIso: string): Promise<number> {
  const existing = await trx
    .selectFrom('stored_files')
    .select(['id', 'storage_path'])
    .where('sha256', '=', file.sha256)
    .executeTakeFirst()
  if (existing) {
    if (existing.storage_path !== file.storagePath) {
      await trx.updateTable('stored_files').set({ storage_path: file.storagePath }).where('id', '=', existing.id).execute()
    }
    return existing.id
  }
  const inserted = await trx
    .insertInto('stored_files')
    .values({ sha256: file.sha256, size: file.size, mime: file.mime, storage_path: file.storagePath, created_at: nowIso })
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export interface ResolvedFile {
  path: string
  mime: string
  size: number
}

/** The file behind a catalogued id, only if its path stays inside the files folder and it exists. */
export async function resolveStoredFile(db: Db, filesDir: string, fileId: number): Promise<ResolvedFile | null> {
  if (!Number.isSafeInteger(fileId) || fileId <= 0) return null
  const row = await db
    .selectFrom('stored_files')
    .select(['storage_path', 'mime', 'size'])
    .where('id', '=', fileId)
    .executeTakeFirst()
  if (!row) return null
  const path = pathInside(filesDir, row.storage_path)
  if (path === null) return null
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) return null
  return { path, mime: row.mime, size: info.size }
}

function pathInside(root: string, storagePath: string): string | null {
  const base = resolve(root)
  const full = resolve(base, storagePath)
  const rel = relative(base, full)
  if (rel === '' || isAbsolute(rel) || rel.split(sep)[0] === '..') return null
  return full
}
