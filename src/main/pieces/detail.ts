import { listAudit } from '../audit/handlers'
import type { AuditEntry, ContentVersion, DesignVersion, PieceDetail, Review } from '../../shared/contract'
import { CHECKLIST_ITEMS, type ChecklistItem } from '../../shared/domain/pieces'
import type { AuthedCtx } from '../core/context'
import type { Host } from '../core/host'
import type { Db } from '../db/connection'
import { AppError } from '../core/errors'
import { allowedActions } from './rules'
import { selectPieceRows } from './queries'

export const pieceNotFound = () => new AppError('NOT_FOUND', 'La pieza no existe o fue eliminada.')

/** A stored checklist, read back with every control point present. */
function parseChecklist(json: string): Record<ChecklistItem, boolean> {
  const stored = JSON.parse(json) as Partial<Record<ChecklistItem, unknown>>
  return Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, stored[k] === true])) as Record<ChecklistItem, boolean>
}

export type PieceRecordParts = Omit<PieceDetail, 'allowedActions'>

/** Everything recorded about a piece, as any reader sees it (the piece screen and the ficha report). */
export async function readPiece(db: Db, host: Host, today: string, pieceId: number): Promise<PieceRecordParts> {
  const [row] = await selectPieceRows(db, today, (q) => q.where('p.id', '=', pieceId))
  if (!row) throw pieceNotFound()
  const [extra, channels, audiences, contentVersions, designVersions, designFiles, reviews, publications] = await Promise.all([
    db
      .selectFrom('pieces as p')
      .innerJoin('users as c', 'c.id', 'p.created_by')
      .select(['p.cancel_reason', 'p.created_by', 'c.full_name as created_by_name', 'p.created_at'])
      .where('p.id', '=', pieceId)
      .executeTakeFirstOrThrow(),
    db.selectFrom('piece_channels').select('channel_id').where('piece_id', '=', pieceId).orderBy('channel_id').execute(),
    db.selectFrom('piece_audiences').select('audience_id').where('piece_id', '=', pieceId).orderBy('audience_id').execute(),
    db
      .selectFrom('content_versions as v')
      .innerJoin('users as u', 'u.id', 'v.author_id')
      .select(['v.id', 'v.number', 'v.note', 'v.author_id', 'u.full_name', 'v.created_at'])
      .where('v.piece_id', '=', pieceId)
      .orderBy('v.number')
      .execute(),
    db
      .selectFrom('design_versions as v')
      .innerJoin('users as u', 'u.id', 'v.author_id')
      .select(['v.id', 'v.number', 'v.note', 'v.author_id', 'u.full_name', 'v.created_at'])
      .where('v.piece_id', '=', pieceId)
      .orderBy('v.number')
      .execute(),
    db
      .selectFrom('design_version_files as f')
      .innerJoin('design_versions as v', 'v.id', 'f.design_version_id')
      .innerJoin('stored_files as s', 's.id', 'f.file_id')
      .select(['f.design_version_id', 'f.file_id', 'f.original_name', 's.size', 's.sha256', 's.mime'])
      .where('v.piece_id', '=', pieceId)
      .orderBy('f.design_version_id')
      .orderBy('f.position')
      .execute(),
    db
      .selectFrom('reviews as rv')
      .innerJoin('users as u', 'u.id', 'rv.reviewer_id')
      .leftJoin('content_versions as cv', 'cv.id', 'rv.content_version_id')
      .leftJoin('design_versions as dv', 'dv.id', 'rv.design_version_id')
      .select([
        'rv.id',
        'rv.stage',
        'rv.content_version_id',
        'rv.design_version_id',
        'cv.number as content_number',
        'dv.number as design_number',
        'rv.decision',
        'rv.comments',
        'rv.checklist',
        'rv.reviewer_id',
        'u.full_name',
        'rv.created_at'
      ])
      .where('rv.piece_id', '=', pieceId)
      .orderBy('rv.id')
      .execute(),
    db
      .selectFrom('publications as pb')
      .innerJoin('catalogue_items as ch', 'ch.id', 'pb.channel_id')
      .innerJoin('users as u', 'u.id', 'pb.published_by')
      .select(['pb.id', 'pb.channel_id', 'ch.name', 'pb.published_at', 'pb.url_or_place', 'pb.published_by', 'u.full_name', 'pb.created_at'])
      .where('pb.piece_id', '=', pieceId)
      .orderBy('pb.published_at')
      .orderBy('pb.id')
      .execute()
  ])

  const designs: DesignVersion[] = designVersions.map((v) => ({
    id: v.id,
    number: v.number,
    note: v.note,
    authorId: v.author_id,
    authorName: v.full_name,
    createdAt: v.created_at,
    files: designFiles
      .filter((f) => f.design_version_id === v.id)
      .map((f) => ({ id: f.file_id, name: f.original_name, size: f.size, sha256: f.sha256, mime: f.mime, url: host.mediaUrl(f.file_id) }))
  }))
  const reviewList: Review[] = reviews.map((r) => ({
    id: r.id,
    stage: r.stage,
    // The table's CHECKs keep exactly one of the two versions, the one of the review's stage.
    versionId: (r.content_version_id ?? r.design_version_id)!,
    versionNumber: (r.content_number ?? r.design_number)!,
    decision: r.decision,
    comments: r.comments,
    checklist: parseChecklist(r.checklist),
    reviewerId: r.reviewer_id,
    reviewerName: r.full_name,
    createdAt: r.created_at
  }))

  return {
    ...row,
    channelIds: channels.map((c) => c.channel_id),
    audienceIds: audiences.map((a) => a.audience_id),
    cancelReason: extra.cancel_reason,
    createdById: extra.created_by,
    createdByName: extra.created_by_name,
    createdAt: extra.created_at,
    contentVersions: contentVersions.map((v) => ({
      id: v.id,
      number: v.number,
      note: v.note,
      authorId: v.author_id,
      authorName: v.full_name,
      createdAt: v.created_at
    })),
    designVersions: designs,
    reviews: reviewList,
    publications: publications.map((p) => ({
      id: p.id,
      channelId: p.channel_id,
      channelName: p.name,
      publishedAt: p.published_at,
      urlOrPlace: p.url_or_place,
      publishedById: p.published_by,
      publishedByName: p.full_name,
      createdAt: p.created_at
    }))
  }
}

export async function getPieceDetail(ctx: AuthedCtx, pieceId: number): Promise<PieceDetail> {
  const piece = await readPiece(ctx.db, ctx.core.host, ctx.today, pieceId)
  return { ...piece, allowedActions: allowedActions(piece, ctx.user) }
}

export async function getContentVersion(db: Db, versionId: number): Promise<ContentVersion> {
  const v = await db
    .selectFrom('content_versions as v')
    .innerJoin('users as u', 'u.id', 'v.author_id')
    .select(['v.id', 'v.piece_id', 'v.number', 'v.html', 'v.text', 'v.note', 'v.author_id', 'u.full_name', 'v.created_at'])
    .where('v.id', '=', versionId)
    .executeTakeFirst()
  if (!v) throw new AppError('NOT_FOUND', 'Esa versión del contenido no existe.')
  return {
    id: v.id,
    pieceId: v.piece_id,
    number: v.number,
    html: v.html,
    text: v.text,
    note: v.note,
    authorId: v.author_id,
    authorName: v.full_name,
    createdAt: v.created_at
  }
}

/** Everything that happened to the piece, oldest first. */
export async function pieceHistory(db: Db, pieceId: number): Promise<AuditEntry[]> {
  const exists = await db.selectFrom('pieces').select('id').where('id', '=', pieceId).executeTakeFirst()
  if (!exists) throw pieceNotFound()
  return listAudit(db, { entityType: 'piece', entityId: pieceId, order: 'asc' })
}
