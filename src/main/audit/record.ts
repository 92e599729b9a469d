import type { Ctx, Trx } from '../core/context'

export interface AuditInput {
  action: string
  entityType: string
  entityId: number | null
  summary: string
  details?: Record<string, unknown>
  /** Only where the call has no session yet (first run, login). */
  actorId?: number
}

/** Appends the audit entry of a write; call it inside the write's own transaction. */
export async function recordAudit(trx: Trx, ctx: Ctx, entry: AuditInput): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: ctx.nowIso,
      actor_id: entry.actorId ?? ctx.user?.id ?? null,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      summary: entry.summary,
      details: entry.details ? JSON.stringify(entry.details) : null
    })
    .execute()
}
