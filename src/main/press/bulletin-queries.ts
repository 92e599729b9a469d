import { sql } from 'kysely'
import type { BulletinDetail, BulletinPieceOption, BulletinRow } from '../../shared/contract/press'
import { bulletinLabel } from '../../shared/domain/press'
import { notFound } from '../core/errors'
import type { Db } from '../db/connection'
import { likeContains } from '../pieces/queries'
import { readiness } from './readiness'

export interface BulletinFilter {
  year?: number
  search?: string
  issuedFrom?: string
  issuedTo?: string
  id?: number
}

/** Bulletins, newest number first, with their piece's approvals and a summary of their sends. */
export async function listBulletins(db: Db, filter: BulletinFilter = {}): Promise<BulletinRow[]> {
  let q = db
    .selectFrom('press_bulletins as b')
    .innerJoin('pieces as p', 'p.id', 'b.piece_id')
    .innerJoin('users as u', 'u.id', 'b.created_by')
    .select([
      'b.id',
      'b.year',
      'b.number',
      'b.piece_id',
      'b.issued_on',
      'p.code',
      'p.title',
      'p.state',
      'p.requires_design',
      'u.full_name as created_by_name',
      sql<number>`(SELECT count(*) FROM bulletin_sends s WHERE s.bulletin_id = b.id)`.as('send_count'),
      sql<number>`(SELECT coalesce(sum(s.recipient_count), 0) FROM bulletin_sends s WHERE s.bulletin_id = b.id)`.as('recipient_total'),
      sql<string | null>`(SELECT max(s.sent_at) FROM bulletin_sends s WHERE s.bulletin_id = b.id)`.as('last_sent_at')
    ])
  if (filter.id !== undefined) q = q.where('b.id', '=', filter.id)
  if (filter.year !== undefined) q = q.where('b.year', '=', filter.year)
  if (filter.issuedFrom !== undefined) q = q.where('b.issued_on', '>=', filter.issuedFrom)
  if (filter.issuedTo !== undefined) q = q.where('b.issued_on', '<=', filter.issuedTo)
  if (filter.search) {
    const text = filter.search
    const number = Number(text.replace(/^0+/, ''))
    q = q.where((eb) =>
      eb.or([likeContains('p.title', text), likeContains('p.code', text), ...(Number.isInteger(number) && number > 0 ? [eb('b.number', '=', number)] : [])])
    )
  }
  const rows = await q.orderBy('b.year', 'desc').orderBy('b.number', 'desc').execute()
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    number: r.number,
    label: bulletinLabel(r.number, r.year),
    pieceId: r.piece_id,
    pieceCode: r.code,
    pieceTitle: r.title,
    issuedOn: r.issued_on,
    ...readiness(r.state, r.requires_design === 1),
    sendCount: Number(r.send_count),
    recipientTotal: Number(r.recipient_total),
    lastSentAt: r.last_sent_at,
    createdByName: r.created_by_name
  }))
}

export async function bulletinDetail(db: Db, id: number): Promise<BulletinDetail> {
  const [row] = await listBulletins(db, { id })
  if (!row) throw notFound('el boletín')
  const sends = await db
    .selectFrom('bulletin_sends as s')
    .innerJoin('users as u', 'u.id', 's.sent_by')
    .select(['s.id', 's.list_id', 's.list_name', 's.recipient_count', 's.sent_at', 'u.full_name'])
    .where('s.bulletin_id', '=', id)
    .orderBy('s.sent_at', 'desc')
    .orderBy('s.id', 'desc')
    .execute()
  return {
    ...row,
    sends: sends.map((s) => ({
      id: s.id,
      listId: s.list_id,
      listName: s.list_name,
      recipientCount: s.recipient_count,
      sentAt: s.sent_at,
      sentByName: s.full_name
    }))
  }
}

export async function nextBulletinNumber(db: Db, year: number): Promise<number> {
  const row = await db
    .selectFrom('press_bulletins')
    .select(sql<number>`coalesce(max(number), 0)`.as('n'))
    .where('year', '=', year)
    .executeTakeFirstOrThrow()
  return Number(row.n) + 1
}

/** Boletín pieces still to number: not cancelled and without a bulletin. */
export async function bulletinPieces(db: Db): Promise<BulletinPieceOption[]> {
  const rows = await db
    .selectFrom('pieces as p')
    .leftJoin('press_bulletins as b', 'b.piece_id', 'p.id')
    .select(['p.id', 'p.code', 'p.title', 'p.state', 'p.requires_design'])
    .where('p.type', '=', 'boletin_prensa')
    .where('p.state', '!=', 'cancelada')
    .where('b.id', 'is', null)
    .orderBy('p.state_changed_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute()
  return rows.map((r) => ({ id: r.id, code: r.code, title: r.title, ...readiness(r.state, r.requires_design === 1) }))
}
