import { formatDate } from '../../../shared/dates'
import { PIECE_TYPE_LABELS, type PieceType } from '../../../shared/domain/pieces'
import type { AuthedCtx } from '../../core/context'
import { validation } from '../../core/errors'
import { tabulate, type ColumnDef } from '../table'
import type { Sheet } from './sheet'

interface PublicationLine {
  publishedAt: string
  channel: string
  pieceCode: string
  pieceTitle: string
  pieceType: PieceType
  urlOrPlace: string
  publishedBy: string
  activity: string
  strategy: string
}

const COLUMNS: ColumnDef<PublicationLine>[] = [
  { header: 'Fecha de publicación', kind: 'datetime', value: (p) => p.publishedAt },
  { header: 'Canal', kind: 'text', value: (p) => p.channel },
  { header: 'Pieza', kind: 'text', value: (p) => p.pieceCode },
  { header: 'Título', kind: 'text', value: (p) => p.pieceTitle },
  { header: 'Tipo de pieza', kind: 'text', value: (p) => PIECE_TYPE_LABELS[p.pieceType] },
  { header: 'Enlace o lugar', kind: 'text', value: (p) => p.urlOrPlace },
  { header: 'Registrada por', kind: 'text', value: (p) => p.publishedBy },
  { header: 'Actividad del plan', kind: 'text', value: (p) => p.activity },
  { header: 'Estrategia', kind: 'text', value: (p) => p.strategy }
]

/** The first instant of a Colombian calendar day, as stored instants are written (ISO, UTC). */
const startOfColombianDay = (isoDate: string) => new Date(`${isoDate}T00:00:00-05:00`).toISOString()
const startOfNextColombianDay = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00-05:00`) + 86_400_000).toISOString()

/** Publications whose Colombian date falls in the range (both ends included), oldest first. */
export async function publicationsSheet(ctx: AuthedCtx, filters: { from?: string; to?: string }): Promise<Sheet> {
  const { from, to } = filters
  if (from && to && to < from) {
    throw validation('La fecha final no puede ser anterior a la inicial.', { to: 'Elija una fecha igual o posterior a la inicial.' })
  }
  let query = ctx.db
    .selectFrom('publications as pb')
    .innerJoin('pieces as p', 'p.id', 'pb.piece_id')
    .innerJoin('catalogue_items as ch', 'ch.id', 'pb.channel_id')
    .innerJoin('users as u', 'u.id', 'pb.published_by')
    .innerJoin('plan_activities as a', 'a.id', 'p.activity_id')
    .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
    .select([
      'pb.published_at',
      'ch.name as channel',
      'p.code',
      'p.title',
      'p.type',
      'pb.url_or_place',
      'u.full_name',
      'a.description as activity',
      's.name as strategy'
    ])
  if (from) query = query.where('pb.published_at', '>=', startOfColombianDay(from))
  if (to) query = query.where('pb.published_at', '<', startOfNextColombianDay(to))
  const rows = await query.orderBy('pb.published_at').orderBy('pb.id').execute()
  const lines: PublicationLine[] = rows.map((r) => ({
    publishedAt: r.published_at,
    channel: r.channel,
    pieceCode: r.code,
    pieceTitle: r.title,
    pieceType: r.type,
    urlOrPlace: r.url_or_place,
    publishedBy: r.full_name,
    activity: r.activity,
    strategy: r.strategy
  }))
  const range =
    from && to ? ` del ${formatDate(from)} al ${formatDate(to)}` : from ? ` desde el ${formatDate(from)}` : to ? ` hasta el ${formatDate(to)}` : ''
  return { table: tabulate('Publicaciones', COLUMNS, lines), title: `Publicaciones${range}`, baseName: 'Publicaciones' }
}
