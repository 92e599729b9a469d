import { z } from 'zod'
import {
  CHECKLIST_ITEMS,
  PIECE_STATES,
  PIECE_TYPES,
  REVIEW_STAGES,
  type ChecklistItem,
  type PieceAction,
  type PieceState,
  type PieceType,
  type ReviewDecision,
  type ReviewStage
} from '../domain/pieces'
import { Id, IdList, IsoDate, IsoDateTime, optionalText, requiredText, type AuditEntry } from './common'
import { method } from './define'
import { NewPieceFields } from './requests'

export interface PieceRow {
  id: number
  code: string
  title: string
  type: PieceType
  state: PieceState
  requiresDesign: boolean
  writerId: number
  writerName: string
  designerId: number | null
  designerName: string | null
  dueDate: string
  /** Due date passed and the piece is not published or cancelled. */
  overdue: boolean
  activityId: number
  activityLabel: string
  requestId: number | null
  requestCode: string | null
  stateChangedAt: string
  updatedAt: string
}

export interface ContentVersionSummary {
  id: number
  number: number
  note: string
  authorId: number
  authorName: string
  createdAt: string
}

export interface ContentVersion extends ContentVersionSummary {
  pieceId: number
  /** Sanitised HTML from the editor (paragraphs, headings, lists, bold, italic, links). */
  html: string
  /** Plain text of the same version, for comparison and search. */
  text: string
}

export interface DesignFile {
  id: number
  name: string
  size: number
  sha256: string
  mime: string
  /** URL the renderer may load (served only for files the catalogue knows). */
  url: string
}

export interface DesignVersion {
  id: number
  number: number
  note: string
  authorId: number
  authorName: string
  createdAt: string
  files: DesignFile[]
}

export interface Review {
  id: number
  stage: ReviewStage
  versionId: number
  versionNumber: number
  decision: ReviewDecision
  comments: string
  checklist: Record<ChecklistItem, boolean>
  reviewerId: number
  reviewerName: string
  createdAt: string
}

export interface Publication {
  id: number
  channelId: number
  channelName: string
  publishedAt: string
  urlOrPlace: string
  publishedById: number
  publishedByName: string
  createdAt: string
}

export interface PieceDetail extends PieceRow {
  channelIds: number[]
  audienceIds: number[]
  cancelReason: string
  createdById: number
  createdByName: string
  createdAt: string
  contentVersions: ContentVersionSummary[]
  designVersions: DesignVersion[]
  reviews: Review[]
  publications: Publication[]
  allowedActions: PieceAction[]
}

const Checklist = z.object(
  Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, z.boolean()])) as Record<ChecklistItem, z.ZodBoolean>
)

export const PieceFilter = z
  .object({
    state: z.enum(PIECE_STATES).optional(),
    type: z.enum(PIECE_TYPES).optional(),
    search: z.string().trim().max(200).optional(),
    /** Pieces where the current user is writer or designer. */
    mine: z.boolean().optional(),
    activityId: Id.optional(),
    overdue: z.boolean().optional()
  })
  .default({})

export const piecesContract = {
  list: method(PieceFilter).returns<PieceRow[]>(),
  get: method(z.object({ id: Id })).returns<PieceDetail>(),
  create: method(NewPieceFields.extend({ requestId: Id.nullable().default(null) })).returns<PieceDetail>(),
  update: method(
    z.object({
      id: Id,
      title: requiredText('El título de la pieza'),
      activityId: Id,
      writerId: Id,
      designerId: Id.nullable().default(null),
      channelIds: IdList,
      audienceIds: IdList,
      dueDate: IsoDate,
      requiresDesign: z.boolean()
    })
  ).returns<PieceDetail>(),
  getContentVersion: method(z.object({ versionId: Id })).returns<ContentVersion>(),
  saveContent: method(
    z.object({
      pieceId: Id,
      html: z.string().max(500_000, 'El texto es demasiado largo (máximo 500.000 caracteres).'),
      note: optionalText('La nota de la versión', 500)
    })
  ).returns<PieceDetail>(),
  submitContent: method(z.object({ pieceId: Id })).returns<PieceDetail>(),
  /** Opens the system file picker in main; the renderer never sends file paths. */
  attachDesign: method(z.object({ pieceId: Id, note: optionalText('La nota de la versión', 500) })).returns<PieceDetail>(),
  submitDesign: method(z.object({ pieceId: Id })).returns<PieceDetail>(),
  review: method(
    z
      .object({
        pieceId: Id,
        stage: z.enum(REVIEW_STAGES),
        decision: z.enum(['aprobada', 'devuelta']),
        comments: z.string().trim().max(5000, 'Los comentarios admiten como máximo 5000 caracteres.').default(''),
        checklist: Checklist
      })
      .refine((r) => r.decision !== 'devuelta' || r.comments.length > 0, {
        message: 'Para devolver la pieza escriba qué debe ajustarse.',
        path: ['comments']
      })
  ).returns<PieceDetail>(),
  publish: method(
    z.object({
      pieceId: Id,
      publications: z
        .array(
          z.object({
            channelId: Id,
            publishedAt: IsoDateTime,
            urlOrPlace: requiredText('La URL o el lugar de publicación', 1000)
          })
        )
        .min(1, 'Registre al menos un canal de publicación.')
        .max(20)
    })
  ).returns<PieceDetail>(),
  cancel: method(z.object({ pieceId: Id, reason: requiredText('El motivo de la cancelación', 2000) })).returns<PieceDetail>(),
  history: method(z.object({ pieceId: Id })).returns<AuditEntry[]>(),
  /** Pieces in content or design review, oldest first, for the approver's queue. */
  reviewQueue: method(z.object({}).strict().default({})).returns<(PieceRow & { canReview: boolean })[]>()
}
