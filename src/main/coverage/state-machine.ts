import {
  COVERAGE_STATE_LABELS,
  EVENT_STATE_LABELS,
  type CoverageAction,
  type CoverageState,
  type EventAction,
  type EventState
} from '../../shared/domain/coverage'

/** The action keeps the event or coverage in the state it was in. */
export const SAME = 'same' as const

interface Transition<A, S> {
  action: A
  from: readonly S[]
  to: S | typeof SAME
}

/** Before it happens an event may still be edited, postponed or cancelled. */
const NOT_STARTED: readonly EventState[] = ['programado', 'confirmado', 'aplazado']
const OPEN_EVENT: readonly EventState[] = [...NOT_STARTED, 'en_curso']

export const EVENT_TRANSITIONS: readonly Transition<EventAction, EventState>[] = [
  { action: 'edit', from: NOT_STARTED, to: SAME },
  // An aplazado event is confirmed again once its new date is agreed.
  { action: 'confirm', from: ['programado', 'aplazado'], to: 'confirmado' },
  { action: 'start', from: ['confirmado'], to: 'en_curso' },
  { action: 'complete', from: ['en_curso'], to: 'cubierto' },
  { action: 'postpone', from: NOT_STARTED, to: 'aplazado' },
  { action: 'cancel', from: OPEN_EVENT, to: 'cancelado' },
  { action: 'assign', from: OPEN_EVENT, to: SAME }
]

const OPEN_COVERAGE: readonly CoverageState[] = ['asignada', 'aceptada', 'en_curso']

export const COVERAGE_TRANSITIONS: readonly Transition<CoverageAction, CoverageState>[] = [
  { action: 'accept', from: ['asignada'], to: 'aceptada' },
  { action: 'start', from: ['aceptada'], to: 'en_curso' },
  { action: 'deliver', from: ['en_curso'], to: 'entregada' },
  // A new person starts over: the coverage waits for them to accept it.
  { action: 'reassign', from: ['asignada', 'aceptada'], to: 'asignada' },
  { action: 'cancel', from: OPEN_COVERAGE, to: 'cancelada' }
]

function next<A, S>(table: readonly Transition<A, S>[], action: A, state: S): S | null {
  const t = table.find((x) => x.action === action && x.from.includes(state))
  if (!t) return null
  return t.to === SAME ? state : t.to
}

export const nextEventState = (action: EventAction, state: EventState) => next(EVENT_TRANSITIONS, action, state)
export const nextCoverageState = (action: CoverageAction, state: CoverageState) => next(COVERAGE_TRANSITIONS, action, state)

const EVENT_PHRASE: Record<EventAction, string> = {
  edit: 'modificar sus datos',
  confirm: 'confirmarlo',
  start: 'marcarlo en curso (primero confírmelo)',
  complete: 'marcarlo como cubierto (primero márquelo en curso)',
  postpone: 'aplazarlo',
  cancel: 'cancelarlo',
  assign: 'asignarle cubrimientos'
}

const COVERAGE_PHRASE: Record<CoverageAction, string> = {
  accept: 'aceptarlo',
  start: 'iniciarlo (primero acéptelo)',
  deliver: 'entregarlo (primero márquelo en curso)',
  reassign: 'reasignarlo',
  cancel: 'cancelarlo'
}

export const eventRefusal = (action: EventAction, state: EventState) =>
  `El evento está «${EVENT_STATE_LABELS[state]}»: no se puede ${EVENT_PHRASE[action]}.`

export const coverageRefusal = (action: CoverageAction, state: CoverageState) =>
  `El cubrimiento está «${COVERAGE_STATE_LABELS[state]}»: no se puede ${COVERAGE_PHRASE[action]}.`
