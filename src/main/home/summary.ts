import type { HomeSummary } from '../../shared/contract'
import { PIECE_STATES, type PieceState } from '../../shared/domain/pieces'
import type { AuthedCtx } from '../core/context'
import { piecesInReview, selectPieceRows, whereMine, whereOverdue } from '../pieces/queries'
import { canReview } from '../pieces/rules'

const RECENTLY_PUBLISHED = 10

/** What Inicio shows the signed-in user: what waits for them, what is late, and how the office is doing. */
export async function homeSummary(ctx: AuthedCtx): Promise<HomeSummary> {
  const { db, today, user } = ctx
  const [inReview, myWork, returnedToMe, overdue, recentlyPublished, counts] = await Promise.all([
    user.canApprove ? piecesInReview(db, today) : Promise.resolve([]),
    selectPieceRows(db, today, (q) =>
      q
        .where((eb) =>
          eb.or([
            eb.and([eb('p.writer_id', '=', user.id), eb('p.state', 'in', ['borrador', 'ajustes_contenido'])]),
            eb.and([eb('p.designer_id', '=', user.id), eb('p.state', 'in', ['contenido_aprobado', 'en_diseno', 'ajustes_diseno'])])
          ])
        )
        .orderBy('p.due_date')
        .orderBy('p.id')
    ),
    // Returned to whoever has to make the adjustments: the writer for content, the designer for design.
    selectPieceRows(db, today, (q) =>
      q
        .where((eb) =>
          eb.or([
            eb.and([eb('p.writer_id', '=', user.id), eb('p.state', '=', 'ajustes_contenido')]),
            eb.and([eb('p.designer_id', '=', user.id), eb('p.state', '=', 'ajustes_diseno')])
          ])
        )
        .orderBy('p.state_changed_at', 'desc')
        .orderBy('p.id')
    ),
    // The jefe answers for the whole office's deadlines; everyone else for their own pieces.
    selectPieceRows(db, today, (q) => {
      const late = whereOverdue(q, today)
      return (user.role === 'jefe' ? late : whereMine(late, user.id)).orderBy('p.due_date').orderBy('p.id')
    }),
    selectPieceRows(db, today, (q) =>
      q.where('p.state', '=', 'publicada').orderBy('p.state_changed_at', 'desc').orderBy('p.id', 'desc').limit(RECENTLY_PUBLISHED)
    ),
    db.selectFrom('pieces').select((eb) => ['state', eb.fn.countAll<number>().as('n')]).groupBy('state').execute()
  ])
  const countsByState = Object.fromEntries(PIECE_STATES.map((s) => [s, 0])) as Record<PieceState, number>
  for (const c of counts) countsByState[c.state] = Number(c.n)
  return {
    waitingForMyApproval: inReview.filter((row) => canReview(row, user)),
    myWork,
    returnedToMe,
    overdue,
    recentlyPublished,
    countsByState
  }
}
