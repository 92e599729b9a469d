import type { RequestDetail, RequestRow } from '../../shared/contract'
import type { RequestState } from '../../shared/domain/requests'
import type { Db } from '../db/connection'
import { AppError } from '../core/errors'
import { likeContains, selectPieceRows } from '../pieces/queries'

export const requestNotFound = () => new AppError('NOT_FOUND', 'La solicitud no existe o fue eliminada.')

function requestRowQuery(db: Db) {
  return db
    .selectFrom('requests as r')
    .innerJoin('catalogue_items as dep', 'dep.id', 'r.dependencia_id')
    .select((eb) => [
      'r.id',
      'r.code',
      'r.dependencia_id',
      'dep.name as dependencia_name',
      'r.requester_name',
      'r.topic',
      'r.desired_date',
      'r.state',
      'r.created_at',
      eb.selectFrom('pieces as p').select((e) => e.fn.countAll<number>().as('n')).whereRef('p.request_id', '=', 'r.id').as('piece_count')
    ])
}

type RequestRowRecord = Awaited<ReturnType<ReturnType<typeof requestRowQuery>['execute']>>[number]

const toRow = (r: RequestRowRecord): RequestRow => ({
  id: r.id,
  code: r.code,
  dependenciaId: r.dependencia_id,
  dependenciaName: r.dependencia_name,
  requesterName: r.requester_name,
  topic: r.topic,
  desiredDate: r.desired_date,
  state: r.state,
  pieceCount: Number(r.piece_count ?? 0),
  createdAt: r.created_at
})

/** Newest first; the search looks in the code, topic, requester and dependencia. */
export async function listRequests(db: Db, filter: { state?: RequestState; search?: string }): Promise<RequestRow[]> {
  let q = requestRowQuery(db)
  if (filter.state) q = q.where('r.state', '=', filter.state)
  const search = filter.search
  if (search) {
    q = q.where((eb) =>
      eb.or([likeContains('r.code', search), likeContains('r.topic', search), likeContains('r.requester_name', search), likeContains('dep.name', search)])
    )
  }
  const rows = await q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').execute()
  return rows.map(toRow)
}

export async function getRequestDetail(db: Db, today: string, id: number): Promise<RequestDetail> {
  const row = await requestRowQuery(db).where('r.id', '=', id).executeTakeFirst()
  if (!row) throw requestNotFound()
  const [extra, channels, audiences, pieces] = await Promise.all([
    db
      .selectFrom('requests as r')
      .innerJoin('users as u', 'u.id', 'r.created_by')
      .select(['r.requester_contact', 'r.objective', 'r.key_message', 'r.rejection_reason', 'r.created_by', 'u.full_name'])
      .where('r.id', '=', id)
      .executeTakeFirstOrThrow(),
    db.selectFrom('request_channels').select('channel_id').where('request_id', '=', id).orderBy('channel_id').execute(),
    db.selectFrom('request_audiences').select('audience_id').where('request_id', '=', id).orderBy('audience_id').execute(),
    selectPieceRows(db, today, (q) => q.where('p.request_id', '=', id).orderBy('p.id'))
  ])
  return {
    ...toRow(row),
    requesterContact: extra.requester_contact,
    objective: extra.objective,
    keyMessage: extra.key_message,
    audienceIds: audiences.map((a) => a.audience_id),
    channelIds: channels.map((c) => c.channel_id),
    rejectionReason: extra.rejection_reason,
    createdById: extra.created_by,
    createdByName: extra.full_name,
    pieces
  }
}
