import type { SessionUser } from '../../shared/contract'
import type { InquiryDetail, InquiryRow } from '../../shared/contract/inquiries'
import { INQUIRY_LIST_LIMIT, OPEN_INQUIRY_STATES, type InquiryChannel, type InquiryState } from '../../shared/domain/inquiries'
import type { Db } from '../db/connection'
import type { Trx } from '../core/context'
import { AppError } from '../core/errors'
import { likeContains } from '../pieces/queries'
import { allowedActions } from './rules'
import { answeredInTerm, urgencyOf, workingDaysLeft } from './terms'

export const inquiryNotFound = () => new AppError('NOT_FOUND', 'La inquietud no existe. Puede que el enlace sea antiguo; vuelva a la lista.')

const isOpen = (state: InquiryState) => (OPEN_INQUIRY_STATES as readonly InquiryState[]).includes(state)

function rowQuery(db: Db | Trx) {
  return db
    .selectFrom('inquiries as i')
    .leftJoin('catalogue_items as dep', 'dep.id', 'i.dependencia_id')
    .leftJoin('users as a', 'a.id', 'i.assignee_id')
    .select([
      'i.id',
      'i.channel',
      'i.received_at',
      'i.citizen',
      'i.text',
      'i.topic',
      'i.dependencia_id',
      'dep.name as dependencia_name',
      'i.assignee_id',
      'a.full_name as assignee_name',
      'i.state',
      'i.term_kind',
      'i.term_days',
      'i.due_on',
      'i.replied_at'
    ])
}

type RowRecord = Awaited<ReturnType<ReturnType<typeof rowQuery>['execute']>>[number]

function toRow(r: RowRecord, today: string): InquiryRow {
  const open = isOpen(r.state)
  return {
    id: r.id,
    channel: r.channel,
    receivedAt: r.received_at,
    citizen: r.citizen,
    text: r.text,
    topic: r.topic,
    dependenciaId: r.dependencia_id,
    dependenciaName: r.dependencia_name,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    state: r.state,
    termKind: r.term_kind,
    termDays: r.term_days,
    dueOn: r.due_on,
    urgency: open ? urgencyOf(r.due_on, today) : null,
    workingDaysLeft: open ? workingDaysLeft(r.due_on, today) : null,
    repliedAt: r.replied_at,
    answeredInTerm: r.replied_at ? answeredInTerm(r.replied_at, r.due_on) : null
  }
}

/** Open ones first, the most urgent (earliest due) on top; then the answered ones, newest first. */
function byUrgency(a: InquiryRow, b: InquiryRow): number {
  const openA = a.urgency !== null
  const openB = b.urgency !== null
  if (openA !== openB) return openA ? -1 : 1
  if (openA) return a.dueOn.localeCompare(b.dueOn) || a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id
  return b.receivedAt.localeCompare(a.receivedAt) || b.id - a.id
}

export interface InquiryFilter {
  state?: InquiryState
  assigneeId?: number
  channel?: InquiryChannel
  openOnly?: boolean
  search?: string
}

/** Sorted by urgency and cut at INQUIRY_LIST_LIMIT, so the open ones are always in. */
export async function listInquiries(db: Db, today: string, filter: InquiryFilter): Promise<InquiryRow[]> {
  let q = rowQuery(db)
  if (filter.state) q = q.where('i.state', '=', filter.state)
  if (filter.assigneeId !== undefined) q = q.where('i.assignee_id', '=', filter.assigneeId)
  if (filter.channel) q = q.where('i.channel', '=', filter.channel)
  if (filter.openOnly) q = q.where('i.state', 'in', OPEN_INQUIRY_STATES)
  const search = filter.search
  if (search) {
    q = q.where((eb) => eb.or([likeContains('i.citizen', search), likeContains('i.text', search), likeContains('i.topic', search)]))
  }
  const rows = await q.execute()
  return rows.map((r) => toRow(r, today)).sort(byUrgency).slice(0, INQUIRY_LIST_LIMIT)
}

/** Open inquiries whose due date is today or has passed, for Inicio. */
export async function dueInquiries(db: Db, today: string): Promise<{ today: string; dueToday: InquiryRow[]; overdue: InquiryRow[] }> {
  const rows = await rowQuery(db).where('i.state', 'in', OPEN_INQUIRY_STATES).where('i.due_on', '<=', today).execute()
  const list = rows.map((r) => toRow(r, today)).sort(byUrgency)
  return { today, dueToday: list.filter((r) => r.urgency === 'vence_hoy'), overdue: list.filter((r) => r.urgency === 'vencida') }
}

export async function getInquiry(db: Db, today: string, user: SessionUser, id: number): Promise<InquiryDetail> {
  const row = await rowQuery(db).where('i.id', '=', id).executeTakeFirst()
  if (!row) throw inquiryNotFound()
  const [extra, history] = await Promise.all([
    db
      .selectFrom('inquiries as i')
      .innerJoin('users as c', 'c.id', 'i.created_by')
      .leftJoin('users as r', 'r.id', 'i.replied_by')
      .select(['i.reply_text', 'i.replied_by', 'r.full_name as replied_by_name', 'i.pqrs_radicado', 'c.full_name as created_by_name', 'i.created_at'])
      .where('i.id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('audit_log as l')
      .leftJoin('users as u', 'u.id', 'l.actor_id')
      .select(['l.id', 'l.at', 'u.full_name', 'l.summary'])
      .where('l.entity_type', '=', 'inquiry')
      .where('l.entity_id', '=', id)
      .orderBy('l.id', 'asc')
      .execute()
  ])
  return {
    ...toRow(row, today),
    replyText: extra.reply_text,
    repliedById: extra.replied_by,
    repliedByName: extra.replied_by_name,
    pqrsRadicado: extra.pqrs_radicado,
    createdByName: extra.created_by_name,
    createdAt: extra.created_at,
    history: history.map((h) => ({ id: h.id, at: h.at, actorName: h.full_name, summary: h.summary })),
    allowedActions: allowedActions(user, row.state, row.assignee_id)
  }
}
