import { extname } from 'node:path'
import type { DeliveryResult } from '../../shared/contract'
import type { AuthedCtx, Ctx } from '../core/context'
import { AppError } from '../core/errors'
import { recordAudit } from '../audit/record'
import { auditSummary } from '../background/system-actor'
import { generatedBytes } from '../reports/generated'
import { deliverToFolder, diskIo, inMemory, sha256Of, writeFileAtomically, type FolderDelivery, type WriteIo } from './atomic-write'
import { activeDestination } from './destinations'
import { destinationFailure } from './failures'
import { enqueue, type QueuedFile } from './outbox'

/** A generated file's bytes, checked against the hash recorded when it was produced. */
async function verifiedGenerated(ctx: Ctx, fileId: number) {
  const { file, bytes } = await generatedBytes(ctx.core, fileId)
  const sha256 = sha256Of(bytes)
  if (sha256 !== file.sha256) {
    throw new AppError('FILE_ERROR', `La copia de «${file.fileName}» en la carpeta de datos de Pauta está dañada. Genérelo de nuevo.`)
  }
  return { file, bytes, sha256 }
}

/**
 * Writes a file into its destination folder, or, when the folder cannot take it, keeps it with
 * its bytes in the outbox to be retried. Both outcomes are audited.
 */
async function deliverOrQueue(ctx: Ctx, item: QueuedFile, io: WriteIo = diskIo): Promise<DeliveryResult> {
  const { destination } = item
  let delivered: FolderDelivery
  try {
    delivered = await deliverToFolder(destination.path, item.fileName, inMemory(item.bytes, item.sha256), io)
  } catch (error) {
    const reason = destinationFailure(error)
    if (reason === null) throw error
    const outboxId = await enqueue(ctx, item, reason)
    return {
      status: 'en_bandeja',
      deliveredPath: null,
      outboxId,
      message:
        `La carpeta «${destination.name}» no está disponible (${reason}). El archivo quedó en la bandeja de salida ` +
        'y se enviará cuando la carpeta vuelva a estar disponible.'
    }
  }
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx, {
      action: 'delivery.delivered',
      entityType: 'generated_file',
      entityId: item.generatedFileId,
      summary: auditSummary(
        ctx,
        delivered.alreadyThere
          ? `Comprobó que «${item.fileName}» ya estaba en «${destination.name}» (${delivered.path})`
          : `Entregó «${item.fileName}» en «${destination.name}» (${delivered.path})`
      ),
      details: { destinationId: destination.id, path: delivered.path, sha256: item.sha256, alreadyThere: delivered.alreadyThere }
    })
  )
  return {
    status: 'entregado',
    deliveredPath: delivered.path,
    outboxId: null,
    message: delivered.alreadyThere
      ? `El archivo ya estaba en «${destination.name}»: ${delivered.path}`
      : `El archivo quedó en «${destination.name}»: ${delivered.path}`
  }
}

export async function deliverGenerated(ctx: Ctx, fileId: number, destinationId: number, io: WriteIo = diskIo): Promise<DeliveryResult> {
  const destination = await activeDestination(ctx.db, destinationId)
  const { file, bytes, sha256 } = await verifiedGenerated(ctx, fileId)
  return deliverOrQueue(ctx, { destination, generatedFileId: file.id, fileName: file.fileName, bytes, sha256 }, io)
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'Documento PDF', extensions: ['pdf'] },
  '.xlsx': { name: 'Libro de Excel', extensions: ['xlsx'] },
  '.csv': { name: 'Archivo CSV', extensions: ['csv'] },
  '.html': { name: 'Página web (para correo)', extensions: ['html'] },
  '.sqlite': { name: 'Copia de seguridad de Pauta', extensions: ['sqlite'] }
}

/** "Guardar como": the system dialog asked about replacing a file, so here replacing is allowed. */
export async function saveGeneratedAs(ctx: AuthedCtx, fileId: number, io: WriteIo = diskIo): Promise<string | null> {
  const { file, bytes, sha256 } = await verifiedGenerated(ctx, fileId)
  const filter = FILTERS[extname(file.fileName).toLowerCase()]
  const target = await ctx.core.host.chooseSaveLocation({
    title: 'Guardar como',
    defaultName: file.fileName,
    ...(filter ? { filters: [filter] } : {})
  })
  if (target === null) return null
  try {
    await writeFileAtomically(target, inMemory(bytes, sha256), io)
  } catch (error) {
    const reason = destinationFailure(error)
    if (reason === null) throw error
    const full = ['ENOSPC', 'EDQUOT'].includes((error as NodeJS.ErrnoException).code ?? '')
    const code = full ? 'DISK_FULL' : 'FILE_ERROR'
    throw new AppError(code, `No se pudo guardar «${file.fileName}» en ${target}: ${reason}. Elija otra carpeta e intente de nuevo.`)
  }
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx, {
      action: 'delivery.saved_as',
      entityType: 'generated_file',
      entityId: file.id,
      summary: `Guardó «${file.fileName}» en ${target}`,
      details: { path: target, sha256 }
    })
  )
  return target
}
