import { CHECKLIST_ITEMS, type ChecklistItem, type PieceState, type PieceType, type ReviewDecision, type ReviewStage } from '../../../shared/domain/pieces'
import type { Db } from '../../db/connection'
import { pieceHistory, pieceNotFound } from '../../pieces/detail'

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

function parseChecklist(json: string): Record<ChecklistItem, boolean> {
  const stored = JSON.parse(json) as Partial<Record<ChecklistItem, unknown>>
  return Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, stored[k] === true])) as Record<ChecklistItem, boolean>
}

export async function loadPieceRecord(db: Db, pieceId: number): Promise<PieceRecord> {
  const piece = await db
    .selectFrom('pieces as p')
    .innerJoin('users as w', 'w.id', 'p.writer_id')
    .leftJoin('users as d', 'd.id', 'p.designer_id')
    .innerJoin('users as c', 'c.id', 'p.created_by')
    .innerJoin('plan_activities as a', 'a.id', 'p.activity_id')
    .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
    .innerJoin('plans as pl', 'pl.id', 's.plan_id')
    .leftJoin('requests as r', 'r.id', 'p.request_id')
    .leftJoin('catalogue_items as dep', 'dep.id', 'r.dependencia_id')
    .select([
      'p.code',
      'p.title',
      'p.type',
      'p.state',
      'p.requires_design',
      'p.due_date',
      'p.cancel_reason',
      'p.created_at',
      'c.full_name as created_by_name',
      'w.full_name as writer_name',
      'd.full_name as designer_name',
      'pl.name as plan_name',
      's.name as strategy_name',
      'a.description as activity',
      'r.code as request_code',
      'r.topic as request_topic',
      'r.requester_name',
      'dep.name as dependencia'
    ])
    .where('p.id', '=', pieceId)
    .executeTakeFirst()
  if (!piece) throw pieceNotFound()

  const [channels, audiences, contents, latest, designs, files, reviews, publications, history] = await Promise.all([
    db
      .selectFrom('piece_channels as pc')
      .innerJoin('catalogue_items as ci', 'ci.id', 'pc.channel_id')
      .select('ci.name')
      .where('pc.piece_id', '=', pieceId)
      .orderBy('ci.sort_order')
      .orderBy('ci.name')
      .execute(),
    db
      .selectFrom('piece_audiences as pa')
      .innerJoin('catalogue_items as ci', 'ci.id', 'pa.audience_id')
      .select('ci.name')
      .where('pa.piece_id', '=', pieceId)
      .orderBy('ci.sort_order')
      .orderBy('ci.name')
      .execute(),
    db
      .selectFrom('content_versions as v')
      .innerJoin('users as u', 'u.id', 'v.author_id')
      .select(['v.number', 'u.full_name', 'v.created_at', 'v.note'])
      .where('v.piece_id', '=', pieceId)
      .orderBy('v.number')
      .execute(),
    db.selectFrom('content_versions').select(['number', 'text']).where('piece_id', '=', pieceId).orderBy('number', 'desc').limit(1).executeTakeFirst(),
    db
      .selectFrom('design_versions as v')
      .innerJoin('users as u', 'u.id', 'v.author_id')
      .select(['v.id', 'v.number', 'u.full_name', 'v.created_at', 'v.note'])
      .where('v.piece_id', '=', pieceId)
      .orderBy('v.number')
      .execute(),
    db
      .selectFrom('design_version_files as f')
      .innerJoin('design_versions as v', 'v.id', 'f.design_version_id')
      .innerJoin('stored_files as sf', 'sf.id', 'f.file_id')
      .select(['f.design_version_id', 'f.original_name', 'sf.size', 'sf.sha256'])
      .where('v.piece_id', '=', pieceId)
      .orderBy('f.design_version_id')
      .orderBy('f.position')
      .execute(),
    db
      .selectFrom('reviews as rv')
      .innerJoin('users as u', 'u.id', 'rv.reviewer_id')
      .leftJoin('content_versions as cv', 'cv.id', 'rv.content_version_id')
      .leftJoin('design_versions as dv', 'dv.id', 'rv.design_version_id')
      .select(['rv.stage', 'cv.number as content_number', 'dv.number as design_number', 'rv.decision', 'u.full_name', 'rv.created_at', 'rv.comments', 'rv.checklist'])
      .where('rv.piece_id', '=', pieceId)
      .orderBy('rv.id')
      .execute(),
    db
      .selectFrom('publications as pb')
      .innerJoin('catalogue_items as ch', 'ch.id', 'pb.channel_id')
      .innerJoin('users as u', 'u.id', 'pb.published_by')
      .select(['ch.name', 'pb.published_at', 'pb.url_or_place', 'u.full_name'])
      .where('pb.piece_id', '=', pieceId)
      .orderBy('pb.published_at')
      .orderBy('pb.id')
      .execute(),
    pieceHistory(db, pieceId)
  ])

  return {
    code: piece.code,
    title: piece.title,
    type: piece.type,
    state: piece.state,
    requiresDesign: piece.requires_design === 1,
    dueDate: piece.due_date,
    cancelReason: piece.cancel_reason,
    createdAt: piece.created_at,
    createdByName: piece.created_by_name,
    writerName: piece.writer_name,
    designerName: piece.designer_name,
    planName: piece.plan_name,
    strategyName: piece.strategy_name,
    activity: piece.activity,
    request:
      piece.request_code === null
        ? null
        : {
            code: piece.request_code,
            topic: piece.request_topic ?? '',
            dependencia: piece.dependencia ?? '',
            requesterName: piece.requester_name ?? ''
          },
    channels: channels.map((c) => c.name),
    audiences: audiences.map((a) => a.name),
    contentVersions: contents.map((v) => ({ number: v.number, authorName: v.full_name, createdAt: v.created_at, note: v.note })),
    latestContent: latest ?? null,
    designVersions: designs.map((v) => ({
      number: v.number,
      authorName: v.full_name,
      createdAt: v.created_at,
      note: v.note,
      files: files.filter((f) => f.design_version_id === v.id).map((f) => ({ name: f.original_name, size: f.size, sha256: f.sha256 }))
    })),
    reviews: reviews.map((r) => ({
      stage: r.stage,
      // The table's CHECKs keep exactly one of the two versions, the one of the review's stage.
      versionNumber: (r.content_number ?? r.design_number)!,
      decision: r.decision,
      reviewerName: r.full_name,
      createdAt: r.created_at,
      comments: r.comments,
      checklist: parseChecklist(r.checklist)
    })),
    publications: publications.map((p) => ({ channel: p.name, publishedAt: p.published_at, urlOrPlace: p.url_or_place, publishedByName: p.full_name })),
    history: history.map((h) => ({ at: h.at, actorName: h.actorName, summary: h.summary }))
  }
}
