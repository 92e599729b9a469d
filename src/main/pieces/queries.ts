import { sql, type Expression, type SqlBool } from 'kysely'
import type { PieceRow } from '../../shared/contract'
import type { PieceState } from '../../shared/domain/pieces'
import type { Db } from '../db/connection'

/** States in which a piece can no longer be late. */
export const CLOSED_STATES: readonly PieceState[] = ['publicada', 'cancelada']

export const isOverdue = (dueDate: string, state: PieceState, today: string) =>
  dueDate < today && !CLOSED_STATES.includes(state)

/** A LIKE pattern that matches `text` anywhere, with LIKE's wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** `column LIKE '%text%'` with the escape character the pattern uses. */
export const likeContains = (column: string, text: string): Expression<SqlBool> =>
  sql<SqlBool>`${sql.ref(column)} like ${containsPattern(text)} escape '\\'`

function pieceRowQuery(db: Db) {
  return db
    .selectFrom('pieces as p')
    .innerJoin('users as w', 'w.id', 'p.writer_id')
    .leftJoin('users as d', 'd.id', 'p.designer_id')
    .innerJoin('plan_activities as act', 'act.id', 'p.activity_id')
    .leftJoin('requests as r', 'r.id', 'p.request_id')
    .select([
      'p.id',
      'p.code',
      'p.title',
      'p.type',
      'p.state',
      'p.requires_design',
      'p.writer_id',
      'w.full_name as writer_name',
      'p.designer_id',
      'd.full_name as designer_name',
      'p.due_date',
      'p.activity_id',
      'act.description as activity_label',
      'p.request_id',
      'r.code as request_code',
      'p.state_changed_at',
      'p.updated_at'
    ])
}

export type PieceRowQuery = ReturnType<typeof pieceRowQuery>

/**
 * The one query behind every list of pieces (pieces list, review queue, request detail, Inicio):
 * `refine` adds the filters and the order.
 */
export async function selectPieceRows(db: Db, today: string, refine: (q: PieceRowQuery) => PieceRowQuery): Promise<PieceRow[]> {
  const rows = await refine(pieceRowQuery(db)).execute()
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    type: r.type,
    state: r.state,
    requiresDesign: r.requires_design === 1,
    writerId: r.writer_id,
    writerName: r.writer_name,
    designerId: r.designer_id,
    designerName: r.designer_name,
    dueDate: r.due_date,
    overdue: isOverdue(r.due_date, r.state, today),
    activityId: r.activity_id,
    activityLabel: r.activity_label,
    requestId: r.request_id,
    requestCode: r.request_code,
    stateChangedAt: r.state_changed_at,
    updatedAt: r.updated_at
  }))
}

/** Pieces whose due date has passed while still open. */
export const whereOverdue = (q: PieceRowQuery, today: string): PieceRowQuery =>
  q.where('p.due_date', '<', today).where('p.state', 'not in', CLOSED_STATES)

/** Pieces where the user is the writer or the designer. */
export const whereMine = (q: PieceRowQuery, userId: number): PieceRowQuery =>
  q.where((eb) => eb.or([eb('p.writer_id', '=', userId), eb('p.designer_id', '=', userId)]))

export interface PieceListFilter {
  state?: PieceState
  type?: PieceRow['type']
  search?: string
  mine?: boolean
  activityId?: number
  overdue?: boolean
}

export function listPieces(db: Db, today: string, userId: number, filter: PieceListFilter): Promise<PieceRow[]> {
  return selectPieceRows(db, today, (q) => {
    if (filter.state) q = q.where('p.state', '=', filter.state)
    if (filter.type) q = q.where('p.type', '=', filter.type)
    if (filter.activityId !== undefined) q = q.where('p.activity_id', '=', filter.activityId)
    if (filter.mine) q = whereMine(q, userId)
    if (filter.overdue) q = whereOverdue(q, today)
    const search = filter.search
    if (search) q = q.where((eb) => eb.or([likeContains('p.code', search), likeContains('p.title', search)]))
    return q.orderBy('p.due_date', 'asc').orderBy('p.id', 'asc')
  })
}

/** Pieces waiting for a review, the longest-waiting first. */
export function piecesInReview(db: Db, today: string): Promise<PieceRow[]> {
  return selectPieceRows(db, today, (q) =>
    q.where('p.state', 'in', ['revision_contenido', 'revision_diseno']).orderBy('p.state_changed_at', 'asc').orderBy('p.id', 'asc')
  )
}
