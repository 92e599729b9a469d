import type { OutboxItem } from '../../shared/contract'
import type { Trx } from '../core/context'
import type { Db } from '../db/connection'
import { notFound } from '../core/errors'

const ACTIVE = ['pendiente', 'fallido'] as const

function outboxQuery(db: Db | Trx) {
  return db
    .selectFrom('outbox as o')
    .innerJoin('destinations as d', 'd.id', 'o.destination_id')
    .leftJoin('users as u', 'u.id', 'o.created_by')
    .select([
      'o.id',
      'o.file_name',
      'o.size',
      'o.destination_id',
      'd.name as destination_name',
      'o.state',
      'o.attempts',
      'o.last_error',
      'o.next_attempt_at',
      'o.delivered_path',
      'o.created_at',
      'o.delivered_at',
      'o.created_by',
      'u.full_name'
    ])
}

type OutboxRow = Awaited<ReturnType<ReturnType<typeof outboxQuery>['executeTakeFirstOrThrow']>>

const toItem = (row: OutboxRow): OutboxItem => ({
  id: row.id,
  fileName: row.file_name,
  size: row.size,
  destinationId: row.destination_id,
  destinationName: row.destination_name,
  state: row.state,
  attempts: row.attempts,
  lastError: row.last_error,
  nextAttemptAt: row.next_attempt_at,
  deliveredPath: row.delivered_path,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at,
  createdById: row.created_by,
  createdByName: row.full_name ?? 'Pauta (tarea programada)'
})

const DONE_SHOWN = 500

/** Files still waiting first (newest first), then, when asked, the latest delivered or cancelled ones. */
export async function listOutbox(db: Db, includeDone: boolean): Promise<OutboxItem[]> {
  const waiting = await outboxQuery(db).where('o.state', 'in', ACTIVE).orderBy('o.id', 'desc').execute()
  if (!includeDone) return waiting.map(toItem)
  const done = await outboxQuery(db).where('o.state', 'not in', ACTIVE).orderBy('o.id', 'desc').limit(DONE_SHOWN).execute()
  return [...waiting, ...done].map(toItem)
}

export async function getOutboxItem(db: Db | Trx, id: number): Promise<OutboxItem> {
  const row = await outboxQuery(db).where('o.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('el envío de la bandeja de salida')
  return toItem(row)
}

export const isWaiting = (state: OutboxItem['state']) => (ACTIVE as readonly string[]).includes(state)
export const WAITING_STATES = ACTIVE
