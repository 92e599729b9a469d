import { sql } from 'kysely'
import type { OutboxItem } from '../../shared/contract'
import type { Core, Ctx } from '../core/context'
import { conflict, invalidTransition } from '../core/errors'
import { recordAudit } from '../audit/record'
import { auditSummary } from '../background/system-actor'
import { deliverToFolder, diskIo, type FolderDelivery, type Payload, type WriteIo } from './atomic-write'
import { destinationFailure } from './failures'
import { notifyOutboxQueued } from './outbox-events'
import { getOutboxItem, isWaiting, WAITING_STATES } from './outbox-queries'

const MINUTE = 60_000
const MAX_BACKOFF_MINUTES = 60
// Delivered and cancelled rows keep their history, not their bytes: the file is in the folder (or
// was given up), the generated file stays in managed storage, and every backup would carry them.
const EMPTY = Buffer.alloc(0)

/** Wait after the n-th failed attempt: 1, 2, 4, 8… minutes, never more than an hour. */
export function backoffMinutes(failedAttempts: number): number {
  return Math.min(MAX_BACKOFF_MINUTES, 2 ** Math.max(0, failedAttempts - 1))
}

export const nextAttemptAfter = (now: Date, failedAttempts: number) =>
  new Date(now.getTime() + backoffMinutes(failedAttempts) * MINUTE).toISOString()

export interface QueuedFile {
  destination: { id: number; name: string; path: string }
  generatedFileId: number | null
  fileName: string
  bytes: Uint8Array
  sha256: string
}

/**
 * Puts a file and its bytes in the outbox, with its audit entry. `failure` is the first attempt's
 * reason when a delivery was tried and failed; without it the file is due at once.
 */
export async function enqueue(ctx: Ctx, file: QueuedFile, failure: string | null): Promise<number> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('outbox')
      .values({
        destination_id: file.destination.id,
        generated_file_id: file.generatedFileId,
        file_name: file.fileName,
        content: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
        sha256: file.sha256,
        size: file.bytes.byteLength,
        state: 'pendiente',
        attempts: failure === null ? 0 : 1,
        last_error: failure ?? '',
        next_attempt_at: failure === null ? ctx.nowIso : nextAttemptAfter(ctx.now, 1),
        created_by: ctx.user?.id ?? null,
        created_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'delivery.queued',
      entityType: 'outbox',
      entityId: row.id,
      summary: auditSummary(
        ctx,
        failure === null
          ? `Dejó «${file.fileName}» en la bandeja de salida para «${file.destination.name}»`
          : `Dejó «${file.fileName}» en la bandeja de salida: la carpeta «${file.destination.name}» no estaba disponible (${failure})`
      ),
      details: { destinationId: file.destination.id, generatedFileId: file.generatedFileId, sha256: file.sha256, size: file.bytes.byteLength }
    })
    return row.id
  })
  notifyOutboxQueued(ctx.core)
  return id
}

// Items being written right now, so the drainer and a user's "Reintentar" never write one twice.
const inFlight = new WeakMap<Core, Set<number>>()
const flying = (core: Core) => {
  const set = inFlight.get(core) ?? new Set<number>()
  inFlight.set(core, set)
  return set
}

type Attempt = { outcome: 'entregado'; path: string } | { outcome: 'fallido'; reason: string; nextAttemptAt: string } | { outcome: 'omitido' }

interface LoadedItem {
  id: number
  destinationId: number
  fileName: string
  size: number
  sha256: string
  attempts: number
  destinationName: string
  folder: string
}

const CHUNK = 256 * 1024

/**
 * A queued file's bytes, read from its row a chunk at a time: whole files held across the write
 * would outlive the young generation and make the collector stop the main process repeatedly. A
 * row that changes meanwhile reads short or different and fails the write's SHA-256 check.
 */
function storedPayload(ctx: Ctx, item: LoadedItem): Payload {
  return {
    size: item.size,
    sha256: item.sha256,
    async *chunks() {
      for (let offset = 0; offset < item.size; offset += CHUNK) {
        const row = await ctx.db
          .selectFrom('outbox')
          .select(sql<Buffer | null>`substr(content, ${offset + 1}, ${CHUNK})`.as('chunk'))
          .where('id', '=', item.id)
          .executeTakeFirst()
        if (!row?.chunk?.length) return
        yield row.chunk
      }
    }
  }
}

type Written = { delivered: FolderDelivery } | { reason: string; nextAttemptAt: string }

/** A waiting item's name, size, hash and destination; null when it is no longer waiting. */
async function load(ctx: Ctx, id: number): Promise<LoadedItem | null> {
  const row = await ctx.db
    .selectFrom('outbox as o')
    .innerJoin('destinations as d', 'd.id', 'o.destination_id')
    .select(['o.state', 'o.destination_id', 'o.file_name', 'o.size', 'o.sha256', 'o.attempts', 'd.name', 'd.path'])
    .where('o.id', '=', id)
    .executeTakeFirst()
  if (!row || !isWaiting(row.state)) return null
  return {
    id,
    destinationId: row.destination_id,
    fileName: row.file_name,
    size: row.size,
    sha256: row.sha256,
    attempts: row.attempts,
    destinationName: row.name,
    folder: row.path
  }
}

/**
 * The file-system half of an attempt: writes nothing to the database. Any failure, even one that
 * is not the folder's, becomes the item's reason and back-off, so one bad item never stops the
 * drainer from reaching the others.
 */
async function write(ctx: Ctx, item: LoadedItem, io: WriteIo): Promise<Written> {
  try {
    return { delivered: await deliverToFolder(item.folder, item.fileName, storedPayload(ctx, item), io) }
  } catch (error) {
    const reason = destinationFailure(error) ?? `error inesperado de Pauta: ${error instanceof Error ? error.message : String(error)}`
    return { reason, nextAttemptAt: nextAttemptAfter(ctx.now, item.attempts + 1) }
  }
}

/** The database half of an attempt: the row's new state and, for deliveries, the audit entry. */
async function record(ctx: Ctx, item: LoadedItem, written: Written): Promise<Attempt> {
  const attempts = item.attempts + 1
  if ('reason' in written) {
    const { reason, nextAttemptAt } = written
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('outbox')
        .set({ state: 'fallido', attempts, last_error: reason, next_attempt_at: nextAttemptAt })
        .where('id', '=', item.id)
        .where('state', 'in', WAITING_STATES)
        .execute()
      // Automatic retries only update the row; a person's "Reintentar" is part of the history.
      if (ctx.user) {
        await recordAudit(trx, ctx, {
          action: 'delivery.retry_failed',
          entityType: 'outbox',
          entityId: item.id,
          summary: `Reintentó enviar «${item.fileName}» a «${item.destinationName}»: la carpeta sigue sin estar disponible (${reason})`,
          details: { attempts, reason }
        })
      }
    })
    return { outcome: 'fallido', reason, nextAttemptAt }
  }
  const { delivered } = written
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outbox')
      .set({
        state: 'entregado',
        attempts,
        last_error: '',
        next_attempt_at: null,
        delivered_path: delivered.path,
        delivered_at: ctx.nowIso,
        content: EMPTY
      })
      .where('id', '=', item.id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'delivery.delivered',
      entityType: 'outbox',
      entityId: item.id,
      summary: auditSummary(
        ctx,
        delivered.alreadyThere
          ? `Comprobó que «${item.fileName}» ya estaba en «${item.destinationName}» (${delivered.path}) y lo sacó de la bandeja de salida`
          : `Entregó «${item.fileName}» desde la bandeja de salida en «${item.destinationName}» (${delivered.path})`
      ),
      details: { path: delivered.path, attempts, sha256: item.sha256 }
    })
  })
  return { outcome: 'entregado', path: delivered.path }
}

/** One delivery attempt of a waiting item, recorded on its row. */
async function attempt(ctx: Ctx, id: number, io: WriteIo): Promise<Attempt> {
  const busy = flying(ctx.core)
  if (busy.has(id)) return { outcome: 'omitido' }
  busy.add(id)
  try {
    const item = await load(ctx, id)
    if (!item) return { outcome: 'omitido' }
    return await record(ctx, item, await write(ctx, item, io))
  } finally {
    busy.delete(id)
  }
}

export interface DrainResult {
  delivered: number
  failed: number
  postponed: number
}

/**
 * Tries every due item, oldest due first, one file at a time. After a destination fails once, its
 * other due items in this pass are not tried (a share that is down can take long to time out):
 * they wait as long as the failed one and show its reason.
 */
export async function drainOutbox(ctx: Ctx, io: WriteIo = diskIo): Promise<DrainResult> {
  const due = await ctx.db
    .selectFrom('outbox')
    .select(['id', 'destination_id'])
    .where('state', 'in', WAITING_STATES)
    .where('next_attempt_at', '<=', ctx.nowIso)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .execute()
  const result: DrainResult = { delivered: 0, failed: 0, postponed: 0 }
  const blocked = new Map<number, { reason: string; nextAttemptAt: string }>()
  for (const item of due) {
    const failure = blocked.get(item.destination_id)
    if (failure) {
      await ctx.db
        .updateTable('outbox')
        .set({ last_error: failure.reason, next_attempt_at: failure.nextAttemptAt })
        .where('id', '=', item.id)
        .where('state', 'in', WAITING_STATES)
        .execute()
      result.postponed++
      continue
    }
    const outcome = await attempt(ctx, item.id, io)
    if (outcome.outcome === 'entregado') result.delivered++
    if (outcome.outcome === 'fallido') {
      result.failed++
      blocked.set(item.destination_id, outcome)
    }
  }
  return result
}

/** "Reintentar": one attempt now, whatever the back-off said. */
export async function retryNow(ctx: Ctx, id: number, io: WriteIo = diskIo): Promise<OutboxItem> {
  const item = await getOutboxItem(ctx.db, id)
  if (item.state === 'entregado') throw invalidTransition('Este archivo ya fue entregado; no hay nada que reintentar.')
  if (item.state === 'cancelado') throw invalidTransition('Este envío fue cancelado. Envíe el archivo de nuevo desde Informes.')
  if (flying(ctx.core).has(id)) throw conflict('Pauta está enviando este archivo en este momento. Espere unos segundos y revise la bandeja.')
  await attempt(ctx, id, io)
  return getOutboxItem(ctx.db, id)
}

export async function cancelItem(ctx: Ctx, id: number): Promise<OutboxItem> {
  if (flying(ctx.core).has(id)) throw conflict('Pauta está enviando este archivo en este momento. Espere unos segundos y revise la bandeja.')
  await ctx.db.transaction().execute(async (trx) => {
    const item = await getOutboxItem(trx, id)
    if (!isWaiting(item.state)) {
      throw invalidTransition(
        item.state === 'entregado' ? 'Este archivo ya fue entregado; no se puede cancelar.' : 'Este envío ya estaba cancelado.'
      )
    }
    await trx.updateTable('outbox').set({ state: 'cancelado', next_attempt_at: null, content: EMPTY }).where('id', '=', id).execute()
    await recordAudit(trx, ctx, {
      action: 'delivery.cancelled',
      entityType: 'outbox',
      entityId: id,
      summary: auditSummary(ctx, `Canceló el envío de «${item.fileName}» a «${item.destinationName}»`),
      details: { attempts: item.attempts, lastError: item.lastError }
    })
  })
  return getOutboxItem(ctx.db, id)
}
