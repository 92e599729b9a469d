import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GeneratedFile } from '../../shared/contract'
import type { Core, Ctx } from '../core/context'
import type { Db } from '../db/connection'
import { AppError } from '../core/errors'
import { recordAudit } from '../audit/record'
import { insertStoredFile, storeBytes } from '../files'

/** Who a file made without a session (a scheduled export) is credited to. */
export const SCHEDULED_ACTOR_NAME = 'Pauta (tarea programada)'

export interface NewGenerated {
  kind: GeneratedFile['kind']
  title: string
  fileName: string
  bytes: Uint8Array
  pageCount?: number
  rowCount?: number
  params: Record<string, unknown>
}

/** Keeps a produced file in managed storage and records it (with its audit entry) in one transaction. */
export async function recordGenerated(ctx: Ctx, file: NewGenerated): Promise<GeneratedFile> {
  const stored = await storeBytes(ctx.core.filesDir, file.bytes, file.fileName)
  const id = await ctx.db.transaction().execute(async (trx) => {
    const fileId = await insertStoredFile(trx, stored, ctx.nowIso)
    const row = await trx
      .insertInto('generated_files')
      .values({
        kind: file.kind,
        title: file.title,
        file_name: file.fileName,
        file_id: fileId,
        page_count: file.pageCount ?? null,
        row_count: file.rowCount ?? null,
        params: JSON.stringify(file.params),
        created_by: ctx.user?.id ?? null,
        created_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'reports.generated',
      entityType: 'generated_file',
      entityId: row.id,
      summary: `Generó «${file.title}» (${file.fileName})`,
      details: { kind: file.kind, params: file.params, sha256: stored.sha256 }
    })
    return row.id
  })
  return getGenerated(ctx.core, id)
}

function generatedQuery(db: Db) {
  return db
    .selectFrom('generated_files as g')
    .innerJoin('stored_files as f', 'f.id', 'g.file_id')
    .leftJoin('users as u', 'u.id', 'g.created_by')
    .select([
      'g.id',
      'g.kind',
      'g.title',
      'g.file_name',
      'g.file_id',
      'g.page_count',
      'g.row_count',
      'g.created_at',
      'f.mime',
      'f.size',
      'f.sha256',
      'f.storage_path',
      'u.full_name'
    ])
}

type GeneratedRow = Awaited<ReturnType<ReturnType<typeof generatedQuery>['executeTakeFirstOrThrow']>>

function toGenerated(core: Core, row: GeneratedRow): GeneratedFile {
  return {
    id: row.id,
    kind: row.kind as GeneratedFile['kind'],
    title: row.title,
    fileName: row.file_name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    url: core.host.mediaUrl(row.file_id),
    pageCount: row.page_count,
    rowCount: row.row_count,
    createdAt: row.created_at,
    createdByName: row.full_name ?? SCHEDULED_ACTOR_NAME
  }
}

export async function getGenerated(core: Core, id: number): Promise<GeneratedFile> {
  const row = await generatedQuery(core.db).where('g.id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', 'No se encontró el archivo generado. Genérelo de nuevo.')
  return toGenerated(core, row)
}

export async function recentGenerated(core: Core, limit: number): Promise<GeneratedFile[]> {
  const rows = await generatedQuery(core.db).orderBy('g.id', 'desc').limit(limit).execute()
  return rows.map((row) => toGenerated(core, row))
}

/** The bytes of a generated file, read back from managed storage. */
export async function generatedBytes(core: Core, id: number): Promise<{ file: GeneratedFile; bytes: Buffer }> {
  const row = await generatedQuery(core.db).where('g.id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', 'No se encontró el archivo generado. Genérelo de nuevo.')
  const bytes = await readFile(join(core.filesDir, row.storage_path)).catch(() => {
    throw new AppError('FILE_ERROR', `El archivo «${row.file_name}» ya no está en la carpeta de datos de Pauta. Genérelo de nuevo.`)
  })
  return { file: toGenerated(core, row), bytes }
}
