import { PIECE_ACTIONS, type PieceAction, type PieceState } from '../../shared/domain/pieces'
import type { Role } from '../../shared/domain/roles'
import { hasPermission } from '../auth/permissions'
import { AppError, forbidden, invalidTransition } from '../core/errors'
import { nextState, refusalMessage, type MachineAction } from './state-machine'

/** What the rules need to know about a piece. */
export interface PieceFacts {
  state: PieceState
  requiresDesign: boolean
  writerId: number
  designerId: number | null
}

/** What the rules need to know about who acts. */
export interface Actor {
  id: number
  role: Role
  canApprove: boolean
}

export const SELF_APPROVAL = 'No puede aprobar una pieza que usted redactó o diseñó.'

const isWriterOrJefe = (piece: PieceFacts, actor: Actor) => actor.id === piece.writerId || actor.role === 'jefe'
const isDesignerOrJefe = (piece: PieceFacts, actor: Actor) => actor.id === piece.designerId || actor.role === 'jefe'

/** Who may act on the piece, whatever its state; null when the actor may. */
function actorRefusal(action: MachineAction, piece: PieceFacts, actor: Actor): string | null {
  switch (action) {
    case 'editMetadata':
    case 'changeDesignNeed':
      return isWriterOrJefe(piece, actor) ? null : 'Solo quien redacta la pieza o el jefe de la oficina modifican sus datos.'
    case 'saveContent':
    case 'submitContent':
      return isWriterOrJefe(piece, actor) ? null : 'Solo quien redacta la pieza o el jefe de la oficina trabajan su contenido.'
    case 'approveContent':
    case 'returnContent':
    case 'approveDesign':
    case 'returnDesign':
      if (!actor.canApprove) {
        return 'Solo el jefe de la oficina, o quien tenga su delegación vigente, aprueba o devuelve piezas.'
      }
      return actor.id === piece.writerId || actor.id === piece.designerId ? SELF_APPROVAL : null
    case 'attachDesign':
    case 'submitDesign':
      return isDesignerOrJefe(piece, actor) ? null : 'Solo el diseñador asignado a la pieza o el jefe de la oficina trabajan su diseño.'
    case 'publish':
      return hasPermission(actor.role, 'pieces.publish') || actor.id === piece.writerId
        ? null
        : 'Su rol no permite registrar publicaciones de esta pieza.'
    case 'cancel':
      return isWriterOrJefe(piece, actor) ? null : 'Solo quien redacta la pieza o el jefe de la oficina pueden cancelarla.'
  }
}

/** Who acts is checked before the state, so a user without the right never learns more than that. */
function check(action: MachineAction, piece: PieceFacts, actor: Actor): { error: AppError } | { to: PieceState } {
  const who = actorRefusal(action, piece, actor)
  if (who) return { error: forbidden(who) }
  const to = nextState(action, piece.state, piece.requiresDesign)
  if (to === null) return { error: invalidTransition(refusalMessage(action, piece.state, piece.requiresDesign)) }
  return { to }
}

const isAllowed = (action: MachineAction, piece: PieceFacts, actor: Actor) => 'to' in check(action, piece, actor)

/** Throws the refusal (FORBIDDEN or INVALID_TRANSITION), or answers the state the piece moves to. */
export function authorizePieceAction(action: MachineAction, piece: PieceFacts, actor: Actor): PieceState {
  const result = check(action, piece, actor)
  if ('error' in result) throw result.error
  return result.to
}

/** The buttons the UI shows: a contract action is offered when any of its writes is allowed. */
const ACTION_WRITES: Record<PieceAction, readonly MachineAction[]> = {
  editMetadata: ['editMetadata'],
  saveContent: ['saveContent'],
  submitContent: ['submitContent'],
  reviewContent: ['approveContent', 'returnContent'],
  attachDesign: ['attachDesign'],
  submitDesign: ['submitDesign'],
  reviewDesign: ['approveDesign', 'returnDesign'],
  publish: ['publish'],
  cancel: ['cancel']
}

export function allowedActions(piece: PieceFacts, actor: Actor): PieceAction[] {
  return PIECE_ACTIONS.filter((a) => ACTION_WRITES[a].some((w) => isAllowed(w, piece, actor)))
}

/** Whether the actor could review the piece at its current stage (for the approver's queue). */
export function canReview(piece: PieceFacts, actor: Actor): boolean {
  return isAllowed('approveContent', piece, actor) || isAllowed('approveDesign', piece, actor)
}
