import { z } from 'zod'
import type { PieceState } from '../domain/pieces'
import { Empty, Id, type AuditEntry } from './common'
import { method } from './define'
import type { PieceRow } from './pieces'

export interface HomeSummary {
  /** Empty unless the user can approve. */
  waitingForMyApproval: PieceRow[]
  /** Pieces where the user is writer or designer and has to act (draft, adjustments, design). */
  myWork: PieceRow[]
  returnedToMe: PieceRow[]
  overdue: PieceRow[]
  recentlyPublished: PieceRow[]
  countsByState: Record<PieceState, number>
}

export const homeContract = {
  summary: method(Empty).returns<HomeSummary>()
}

export const auditContract = {
  list: method(
    z
      .object({
        entityType: z.string().max(40).optional(),
        entityId: Id.optional(),
        limit: z.number().int().min(1).max(500).default(100)
      })
      .default({ limit: 100 })
  ).returns<AuditEntry[]>()
}
