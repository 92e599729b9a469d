import type { AuditEntry } from '../../shared/contract'
import type { Db } from '../db/connection'
import type { DomainHandlers } from '../core/handlers'
import { authorize } from '../auth/permissions'

/** Audit entries with the actor's name: newest first by default, all of them without a limit. */
export async function listAudit(
  db: Db,
  filter: { entityType?: string; entityId?: number; limit?: number; order?: 'asc' | 'desc' }
): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.at', 'a.actor_id', 'u.full_name', 'a.action', 'a.entity_type', 'a.entity_id', 'a.summary', 'a.details'])
    .orderBy('a.id', filter.order ?? 'desc')
  if (filter.limit !== undefined) query = query.limit(filter.limit)
  if (filter.entityType) query = query.where('a.entity_type', '=', filter.entityType)
  if (filter.entityId !== undefined) query = query.where('a.entity_id', '=', filter.entityId)
  const rows = await query.execute()
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.full_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    summary: r.summary,
    details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null
  }))
}

export const auditHandlers: DomainHandlers<'audit'> = {
  async list(ctx, input) {
    authorize(ctx, 'audit.read')
    return listAudit(ctx.db, input)
  }
}
