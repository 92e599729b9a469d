import { PIECE_STATE_LABELS, PIECE_STATES, type PieceState } from '../../shared/domain/pieces'

/** Every write that a piece's state gates; reviews split by stage and decision. */
export const MACHINE_ACTIONS = [
  'editMetadata',
  'changeDesignNeed',
  'saveContent',
  'submitContent',
  'approveContent',
  'returnContent',
  'attachDesign',
  'submitDesign',
  'approveDesign',
  'returnDesign',
  'publish',
  'cancel'
] as const
export type MachineAction = (typeof MACHINE_ACTIONS)[number]

/** The action keeps the piece in the state it was in. */
export const SAME = 'same' as const

export interface Transition {
  action: MachineAction
  from: readonly PieceState[]
  to: PieceState | typeof SAME
  /** Applies only to pieces that need (true) or skip (false) the design stage; absent = both. */
  design?: boolean
}

const OPEN_STATES = PIECE_STATES.filter((s) => s !== 'publicada' && s !== 'cancelada')
/** Whether a piece needs design is decided by the content approval, so it may change only before it. */
const BEFORE_CONTENT_APPROVAL: readonly PieceState[] = ['borrador', 'revision_contenido', 'ajustes_contenido']

export const TRANSITIONS: readonly Transition[] = [
  { action: 'editMetadata', from: OPEN_STATES, to: SAME },
  { action: 'changeDesignNeed', from: BEFORE_CONTENT_APPROVAL, to: SAME },
  { action: 'saveContent', from: ['borrador', 'ajustes_contenido'], to: SAME },
  { action: 'submitContent', from: ['borrador', 'ajustes_contenido'], to: 'revision_contenido' },
  { action: 'approveContent', from: ['revision_contenido'], to: 'contenido_aprobado', design: true },
  { action: 'approveContent', from: ['revision_contenido'], to: 'aprobada', design: false },
  { action: 'returnContent', from: ['revision_contenido'], to: 'ajustes_contenido' },
  { action: 'attachDesign', from: ['contenido_aprobado'], to: 'en_diseno', design: true },
  { action: 'attachDesign', from: ['en_diseno', 'ajustes_diseno'], to: SAME, design: true },
  { action: 'submitDesign', from: ['en_diseno', 'ajustes_diseno'], to: 'revision_diseno', design: true },
  { action: 'approveDesign', from: ['revision_diseno'], to: 'aprobada', design: true },
  { action: 'returnDesign', from: ['revision_diseno'], to: 'ajustes_diseno', design: true },
  { action: 'publish', from: ['aprobada'], to: 'publicada' },
  // A published piece may still get more channels registered.
  { action: 'publish', from: ['publicada'], to: SAME },
  { action: 'cancel', from: OPEN_STATES, to: 'cancelada' }
]

const matches = (t: Transition, action: MachineAction, state: PieceState, requiresDesign: boolean) =>
  t.action === action && t.from.includes(state) && (t.design === undefined || t.design === requiresDesign)

/** The state the action leads to, or null when the machine does not allow it. */
export function nextState(action: MachineAction, state: PieceState, requiresDesign: boolean): PieceState | null {
  const t = TRANSITIONS.find((x) => matches(x, action, state, requiresDesign))
  if (!t) return null
  return t.to === SAME ? state : t.to
}

const ACTION_PHRASE: Record<MachineAction, string> = {
  editMetadata: 'modificar sus datos',
  changeDesignNeed: 'cambiar si requiere diseño (ya se aprobó el contenido)',
  saveContent: 'guardar una nueva versión del contenido',
  submitContent: 'enviar el contenido a revisión',
  approveContent: 'aprobar el contenido',
  returnContent: 'devolver el contenido',
  attachDesign: 'adjuntar el diseño',
  submitDesign: 'enviar el diseño a revisión',
  approveDesign: 'aprobar el diseño',
  returnDesign: 'devolver el diseño',
  publish: 'registrar la publicación',
  cancel: 'cancelarla'
}

/** Why the machine refuses the action, in words for the person who tried it. */
export function refusalMessage(action: MachineAction, state: PieceState, requiresDesign: boolean): string {
  if (!requiresDesign && TRANSITIONS.some((t) => t.action === action && t.from.includes(state) && t.design === true)) {
    return `Esta pieza no requiere diseño: no se puede ${ACTION_PHRASE[action]}.`
  }
  return `La pieza está en «${PIECE_STATE_LABELS[state]}»: no se puede ${ACTION_PHRASE[action]}.`
}
