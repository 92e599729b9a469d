import { stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { MediaClip } from '../../shared/contract/monitoring'
import type { AuthedCtx } from '../core/context'
import { AppError, notFound } from '../core/errors'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import { importFile, insertStoredFile } from '../files'
import { getClip } from './clip-queries'

/** Screenshots, PDFs and audio of radio or television notes. */
export const ATTACHMENT_FILTERS = [
  { name: 'Captura, PDF o audio', extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif', 'pdf', 'mp3', 'wav', 'm4a', 'aac', 'ogg'] }
]
const ACCEPTED = new Set(ATTACHMENT_FILTERS[0]!.extensions.map((e) => `.${e}`))
const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024

async function existingClip(ctx: AuthedCtx, id: number) {
  const row = await ctx.db.selectFrom('media_clips').select(['id', 'headline', 'attachment_name']).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('la nota de medios')
  return row
}

async function checkAttachment(path: string): Promise<void> {
  const name = basename(path)
  if (!ACCEPTED.has(extname(name).toLowerCase())) {
    throw new AppError('FILE_ERROR', `«${name}» no es una captura (PNG, JPG), un PDF ni un audio (MP3, WAV, M4A). Elija otro archivo.`)
  }
  const info = await stat(path).catch(() => null)
  if (info?.isFile() && info.size === 0) {
    throw new AppError('FILE_ERROR', `No se pudo leer «${name}»: el archivo está vacío. Elija otro archivo.`)
  }
}

export async function attachFile(ctx: AuthedCtx, id: number): Promise<MediaClip> {
  authorize(ctx, 'monitoring.record')
  const clip = await existingClip(ctx, id)
  const [path] = await ctx.core.host.pickFiles({ title: 'Adjuntar captura, PDF o audio de la nota', filters: ATTACHMENT_FILTERS })
  // Closing the picker is a change of mind: the clip stays as it was.
  if (path === undefined) return getClip(ctx.core, id)
  await checkAttachment(path)
  const file = await importFile(ctx.core.filesDir, path, { maxBytes: MAX_ATTACHMENT_BYTES })
  await ctx.db.transaction().execute(async (trx) => {
    const fileId = await insertStoredFile(trx, file, ctx.nowIso)
    await trx
      .updateTable('media_clips')
      .set({ attachment_file_id: fileId, attachment_name: file.originalName, updated_at: ctx.nowIso })
      .where('id', '=', id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'monitoring.attachment_added',
      entityType: 'media_clip',
      entityId: id,
      summary: clip.attachment_name
        ? `Reemplazó el adjunto «${clip.attachment_name}» de la nota «${clip.headline}» por «${file.originalName}»`
        : `Adjuntó «${file.originalName}» a la nota de medios «${clip.headline}»`,
      details: { fileId, sha256: file.sha256, size: file.size }
    })
  })
  return getClip(ctx.core, id)
}

export async function detachFile(ctx: AuthedCtx, id: number): Promise<MediaClip> {
  authorize(ctx, 'monitoring.record')
  const clip = await existingClip(ctx, id)
  if (clip.attachment_name === null) return getClip(ctx.core, id)
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('media_clips')
      .set({ attachment_file_id: null, attachment_name: null, updated_at: ctx.nowIso })
      .where('id', '=', id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'monitoring.attachment_removed',
      entityType: 'media_clip',
      entityId: id,
      summary: `Quitó el adjunto «${clip.attachment_name}» de la nota de medios «${clip.headline}»`
    })
  })
  return getClip(ctx.core, id)
}
