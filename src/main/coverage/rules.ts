import {
  COVERAGE_ACTIONS,
  EVENT_ACTIONS,
  type CoverageAction,
  type CoverageState,
  type EventAction,
  type EventState
} from '../../shared/domain/coverage'
import type { Role } from '../../shared/domain/roles'
import { hasPermission } from '../auth/permissions'
import { AppError, forbidden, invalidTransition } from '../core/errors'
import { coverageRefusal, eventRefusal, nextCoverageState, nextEventState } from './state-machine'

export interface Actor {
  id: number
  role: Role
}

export const SCHEDULE_DENIED = 'Solo el jefe de la oficina, un profesional o el community manager programan eventos y asignan cubrimientos.'

function eventCheck(action: EventAction, state: EventState, actor: Actor): { error: AppError } | { to: EventState } {
  if (!hasPermission(actor.role, 'coverage.schedule')) return { error: forbidden(SCHEDULE_DENIED) }
  const to = nextEventState(action, state)
  return to === null ? { error: invalidTransition(eventRefusal(action, state)) } : { to }
}

/** Throws the refusal (FORBIDDEN before INVALID_TRANSITION), or answers the state the event moves to. */
export function authorizeEventAction(action: EventAction, state: EventState, actor: Actor): EventState {
  const result = eventCheck(action, state, actor)
  if ('error' in result) throw result.error
  return result.to
}

export const allowedEventActions = (state: EventState, actor: Actor): EventAction[] =>
  EVENT_ACTIONS.filter((a) => 'to' in eventCheck(a, state, actor))

export interface CoverageFacts {
  state: CoverageState
  assigneeId: number
}

/** Who may act on a coverage whatever its state; null when the actor may. */
function actorRefusal(action: CoverageAction, coverage: CoverageFacts, actor: Actor): string | null {
  const isAssignee = actor.id === coverage.assigneeId
  switch (action) {
    case 'accept':
    case 'start':
      return isAssignee ? null : 'Solo la persona asignada acepta e inicia su cubrimiento.'
    case 'deliver':
      return isAssignee || actor.role === 'jefe' ? null : 'Solo la persona asignada o el jefe de la oficina marcan el cubrimiento como entregado.'
    case 'reassign':
    case 'cancel':
      return hasPermission(actor.role, 'coverage.schedule') ? null : SCHEDULE_DENIED
  }
}

function coverageCheck(action: CoverageAction, coverage: CoverageFacts, actor: Actor): { error: AppError } | { to: CoverageState } {
  const who = actorRefusal(action, coverage, actor)
  if (who) return { error: forbidden(who) }
  const to = nextCoverageState(action, coverage.state)
  return to === null ? { error: invalidTransition(coverageRefusal(action, coverage.state)) } : { to }
}

export function authorizeCoverageAction(action: CoverageAction, coverage: CoverageFacts, actor: Actor): CoverageState {
  const result = coverageCheck(action, coverage, actor)
  if ('error' in result) throw result.error
  return result.to
}

export const allowedCoverageActions = (coverage: CoverageFacts, actor: Actor): CoverageAction[] =>
  COVERAGE_ACTIONS.filter((a) => 'to' in coverageCheck(a, coverage, actor))
