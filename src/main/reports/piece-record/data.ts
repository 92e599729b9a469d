import type { ChecklistItem, PieceState, PieceType, ReviewDecision, ReviewStage } from '../../../shared/domain/pieces'
import type { Ctx } from '../../core/context'
import { pieceHistory, readPiece } from '../../pieces/detail'

export interface PieceRecord {
  code: string
  title: string
  type: PieceType
  state: PieceState
  requiresDesign: boolean
  dueDate: string
  cancelReason: string
  createdAt: string
  createdByName: string
  writerName: string
  designerName: string | null
  planName: string
  strategyName: string
  activity: string
  request: { code: string; topic: string; dependencia: string; requesterName: string } | null
  channels: string[]
  audiences: string[]
  contentVersions: { number: number; authorName: string; createdAt: string; note: string }[]
  latestContent: { number: number; text: string } | null
  designVersions: { number: number; authorName: string; createdAt: string; note: string; files: { name: string; size: number; sha256: string }[] }[]
  reviews: {
    stage: ReviewStage
    versionNumber: number
    decision: ReviewDecision
    reviewerName: string
    createdAt: string
    comments: string
    checklist: Record<ChecklistItem, boolean>
  }[]
  publications: { channel: string; publishedAt: string; urlOrPlace: string; publishedByName: string }[]
  history: { at: string; actorName: string | null; summary: string }[]
}

/** The piece as the piece screen reads it, plus the names an auditor reads on paper. */
export async function loadPieceRecord(ctx: Ctx, pieceId: number): Promise<PieceRecord> {
  const piece = await readPiece(ctx.db, ctx.core.host, ctx.today, pieceId)
  const [context, channels, audiences, latest, history] = await Promise.all([
    ctx.db
      .selectFrom('pieces as p')
      .innerJoin('plan_activities as a', 'a.id', 'p.activity_id')
      .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
      .innerJoin('plans as pl', 'pl.id', 's.plan_id')
      .leftJoin('requests as r', 'r.id', 'p.request_id')
      .leftJoin('catalogue_items as dep', 'dep.id', 'r.dependencia_id')
      .select(['pl.name as plan_name', 's.name as strategy_name', 'a.description as activity', 'r.topic', 'r.requester_name', 'dep.name as dependencia'])
      .where('p.id', '=', pieceId)
      .executeTakeFirstOrThrow(),
    catalogueNames(ctx, piece.channelIds),
    catalogueNames(ctx, piece.audienceIds),
    ctx.db
      .selectFrom('content_versions')
      .select(['number', 'text'])
      .where('piece_id', '=', pieceId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst(),
    pieceHistory(ctx.db, pieceId)
  ])
  return {
    code: piece.code,
    title: piece.title,
    type: piece.type,
    state: piece.state,
    requiresDesign: piece.requiresDesign,
    dueDate: piece.dueDate,
    cancelReason: piece.cancelReason,
    createdAt: piece.createdAt,
    createdByName: piece.createdByName,
    writerName: piece.writerName,
    designerName: piece.designerName,
    planName: context.plan_name,
    strategyName: context.strategy_name,
    activity: context.activity,
    request:
      piece.requestCode === null
        ? null
        : {
            code: piece.requestCode,
            topic: context.topic ?? '',
            dependencia: context.dependencia ?? '',
            requesterName: context.requester_name ?? ''
          },
    channels,
    audiences,
    contentVersions: piece.contentVersions.map((v) => ({ number: v.number, authorName: v.authorName, createdAt: v.createdAt, note: v.note })),
    latestContent: latest ?? null,
    designVersions: piece.designVersions.map((v) => ({
      number: v.number,
      authorName: v.authorName,
      createdAt: v.createdAt,
      note: v.note,
      files: v.files.map((f) => ({ name: f.name, size: f.size, sha256: f.sha256 }))
    })),
    reviews: piece.reviews.map((r) => ({
      stage: r.stage,
      versionNumber: r.versionNumber,
      decision: r.decision,
      reviewerName: r.reviewerName,
      createdAt: r.createdAt,
      comments: r.comments,
      checklist: r.checklist
    })),
    publications: piece.publications.map((p) => ({ channel: p.channelName, publishedAt: p.publishedAt, urlOrPlace: p.urlOrPlace, publishedByName: p.publishedByName })),
    history: history.map((h) => ({ at: h.at, actorName: h.actorName, summary: h.summary }))
  }
}

/** Catalogue names in the office's own order. */
async function catalogueNames(ctx: Ctx, ids: number[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await ctx.db.selectFrom('catalogue_items').select('name').where('id', 'in', ids).orderBy('sort_order').orderBy('name').execute()
  return rows.map((r) => r.name)
}
