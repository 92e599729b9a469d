import type { AuthedCtx } from '../core/context'
import { validation } from '../core/errors'
import { recordAudit } from '../audit/record'
import { importFile, insertStoredFile, type ImportedFile } from '../files'
import { loadPieceForWrite, setPieceState } from './load'
import { authorizePieceAction } from './rules'
import { lastReviewedVersion, latestVersion } from './versions'

const DESIGN_FILTERS = [
  {
    name: 'Diseños, imágenes, video y audio',
    extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'pdf', 'psd', 'ai', 'eps', 'indd', 'mp4', 'mov', 'webm', 'mp3', 'wav', 'm4a', 'zip']
  },
  { name: 'Todos los archivos', extensions: ['*'] }
]

export async function attachDesign(ctx: AuthedCtx, input: { pieceId: number; note: string }): Promise<void> {
  // Refuse before opening the picker: nobody should choose files for a write that cannot happen.
  authorizePieceAction('attachDesign', await loadPieceForWrite(ctx.db, input.pieceId), ctx.user)
  const paths = await ctx.core.host.pickFiles({ title: 'Seleccione los archivos de diseño', filters: DESIGN_FILTERS })
  // Closing the picker is a change of mind, not an error: the piece stays as it was.
  if (paths.length === 0) return
  // Copies go first and outside the transaction: a failing file stops everything before anything is recorded.
  const files: ImportedFile[] = []
  for (const path of paths) files.push(await importFile(ctx.core.filesDir, path))

  await ctx.db.transaction().execute(async (trx) => {
    // The picker may have stayed open for a while: the piece is checked again where the write happens.
    const piece = await loadPieceForWrite(trx, input.pieceId)
    const to = authorizePieceAction('attachDesign', piece, ctx.user)
    const number = ((await latestVersion(trx, 'diseno', piece.id))?.number ?? 0) + 1
    const { id: versionId } = await trx
      .insertInto('design_versions')
      .values({ piece_id: piece.id, number, note: input.note, author_id: ctx.user.id, created_at: ctx.nowIso })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const [position, file] of files.entries()) {
      const fileId = await insertStoredFile(trx, file, ctx.nowIso)
      await trx
        .insertInto('design_version_files')
        .values({ design_version_id: versionId, file_id: fileId, original_name: file.originalName, position })
        .execute()
    }
    await setPieceState(trx, piece, to, ctx.nowIso)
    const count = files.length === 1 ? '1 archivo' : `${files.length} archivos`
    await recordAudit(trx, ctx, {
      action: 'pieces.design_attached',
      entityType: 'piece',
      entityId: piece.id,
      summary: `Adjuntó la versión ${number} del diseño (${count})`,
      details: {
        version: number,
        note: input.note,
        files: files.map((f) => ({ name: f.originalName, sha256: f.sha256, size: f.size })),
        from: piece.state,
        to
      }
    })
  })
}

export async function submitDesign(ctx: AuthedCtx, pieceId: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const piece = await loadPieceForWrite(trx, pieceId)
    const to = authorizePieceAction('submitDesign', piece, ctx.user)
    const latest = await latestVersion(trx, 'diseno', piece.id)
    if (!latest) throw validation('Adjunte al menos una versión del diseño antes de enviarla a revisión.')
    const reviewed = await lastReviewedVersion(trx, 'diseno', piece.id)
    if (reviewed !== null && latest.number <= reviewed) {
      throw validation('Adjunte una nueva versión del diseño con los ajustes antes de reenviar.')
    }
    await setPieceState(trx, piece, to, ctx.nowIso)
    await recordAudit(trx, ctx, {
      action: 'pieces.design_submitted',
      entityType: 'piece',
      entityId: piece.id,
      summary: `Envió la versión ${latest.number} del diseño a revisión`,
      details: { version: latest.number, from: piece.state, to }
    })
  })
}
