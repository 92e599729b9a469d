import { describe, expect, it } from 'vitest'
import { PIECE_ACTIONS, PIECE_STATES, type PieceAction, type PieceState } from '../../src/shared/domain/pieces'
import { ROLES } from '../../src/shared/domain/roles'
import { MACHINE_ACTIONS, nextState, refusalMessage, type MachineAction } from '../../src/main/pieces/state-machine'
import { allowedActions, authorizePieceAction, canReview, SELF_APPROVAL, type Actor, type PieceFacts } from '../../src/main/pieces/rules'
import { AppError } from '../../src/main/core/errors'

const OPEN = PIECE_STATES.filter((s) => s !== 'publicada' && s !== 'cancelada')
const same = (states: readonly PieceState[]) => Object.fromEntries(states.map((s) => [s, s])) as Partial<Record<PieceState, PieceState>>
const all = (states: readonly PieceState[], to: PieceState) =>
  Object.fromEntries(states.map((s) => [s, to])) as Partial<Record<PieceState, PieceState>>

/** The process as the office describes it, written out by hand: state → next state, per action. */
const WITH_DESIGN: Record<MachineAction, Partial<Record<PieceState, PieceState>>> = {
  editMetadata: same(OPEN),
  changeDesignNeed: same(['borrador', 'revision_contenido', 'ajustes_contenido']),
  saveContent: same(['borrador', 'ajustes_contenido']),
  submitContent: { borrador: 'revision_contenido', ajustes_contenido: 'revision_contenido' },
  approveContent: { revision_contenido: 'contenido_aprobado' },
  returnContent: { revision_contenido: 'ajustes_contenido' },
  attachDesign: { contenido_aprobado: 'en_diseno', en_diseno: 'en_diseno', ajustes_diseno: 'ajustes_diseno' },
  submitDesign: { en_diseno: 'revision_diseno', ajustes_diseno: 'revision_diseno' },
  approveDesign: { revision_diseno: 'aprobada' },
  returnDesign: { revision_diseno: 'ajustes_diseno' },
  publish: { aprobada: 'publicada', publicada: 'publicada' },
  cancel: all(OPEN, 'cancelada')
}

/** Text-only pieces: content approval is the last approval, and nothing about design applies. */
const WITHOUT_DESIGN: Record<MachineAction, Partial<Record<PieceState, PieceState>>> = {
  ...WITH_DESIGN,
  approveContent: { revision_contenido: 'aprobada' },
  attachDesign: {},
  submitDesign: {},
  approveDesign: {},
  returnDesign: {}
}

describe('piece state machine', () => {
  for (const [label, requiresDesign, table] of [
    ['with design', true, WITH_DESIGN],
    ['without design', false, WITHOUT_DESIGN]
  ] as const) {
    describe(label, () => {
      for (const action of MACHINE_ACTIONS) {
        it(`${action}: allowed exactly from the documented states, to the documented state`, () => {
          for (const state of PIECE_STATES) {
            expect(nextState(action, state, requiresDesign), `${action} desde ${state}`).toBe(table[action][state] ?? null)
          }
        })
      }
    })
  }

  it('never leaves publicada except to add channels, and never leaves cancelada', () => {
    for (const action of MACHINE_ACTIONS) {
      for (const requiresDesign of [true, false]) {
        expect(nextState(action, 'cancelada', requiresDesign)).toBeNull()
        const fromPublished = nextState(action, 'publicada', requiresDesign)
        expect(fromPublished === null || (action === 'publish' && fromPublished === 'publicada'), action).toBe(true)
      }
    }
  })

  it('explains a refusal with the state in words, and says when the piece does not need design', () => {
    expect(refusalMessage('submitContent', 'aprobada', true)).toBe('La pieza está en «Aprobada»: no se puede enviar el contenido a revisión.')
    expect(refusalMessage('attachDesign', 'contenido_aprobado', false)).toBe('Esta pieza no requiere diseño: no se puede adjuntar el diseño.')
    expect(refusalMessage('attachDesign', 'borrador', false)).toBe('La pieza está en «Borrador»: no se puede adjuntar el diseño.')
  })
})

const WRITER = 10
const DESIGNER = 20
const piece = (state: PieceState, requiresDesign = true): PieceFacts => ({ state, requiresDesign, writerId: WRITER, designerId: DESIGNER })
const actor = (id: number, role: Actor['role'], canApprove = role === 'jefe'): Actor => ({ id, role, canApprove })

const jefe = actor(1, 'jefe')
const writer = actor(WRITER, 'profesional')
const designer = actor(DESIGNER, 'disenador')
const delegate = actor(30, 'profesional', true)

function errorOf(fn: () => unknown): AppError {
  try {
    fn()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('se esperaba un rechazo')
}

describe('piece rules', () => {
  it('checks who acts before the state: a stranger gets FORBIDDEN even where the state would refuse', () => {
    expect(errorOf(() => authorizePieceAction('saveContent', piece('publicada'), actor(99, 'profesional'))).code).toBe('FORBIDDEN')
    expect(errorOf(() => authorizePieceAction('saveContent', piece('publicada'), writer)).code).toBe('INVALID_TRANSITION')
    expect(authorizePieceAction('saveContent', piece('borrador'), writer)).toBe('borrador')
  })

  it('refuses review to the writer and the designer, even the jefe or a delegate', () => {
    const jefeWriter: PieceFacts = { ...piece('revision_contenido'), writerId: jefe.id }
    expect(errorOf(() => authorizePieceAction('approveContent', jefeWriter, jefe))).toMatchObject({ code: 'FORBIDDEN', message: SELF_APPROVAL })
    const delegateDesigner = actor(DESIGNER, 'disenador', true)
    expect(errorOf(() => authorizePieceAction('approveDesign', piece('revision_diseno'), delegateDesigner)).message).toBe(SELF_APPROVAL)
    expect(errorOf(() => authorizePieceAction('returnDesign', piece('revision_diseno'), delegateDesigner)).message).toBe(SELF_APPROVAL)
    expect(authorizePieceAction('approveDesign', piece('revision_diseno'), delegate)).toBe('aprobada')
    expect(errorOf(() => authorizePieceAction('approveContent', piece('revision_contenido'), actor(31, 'profesional'))).code).toBe('FORBIDDEN')
  })

  it('offers in allowedActions exactly the contract actions the writes would accept', () => {
    const ACTION_WRITES: Record<PieceAction, MachineAction[]> = {
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
    const actors = [jefe, writer, designer, delegate, ...ROLES.map((role, i) => actor(100 + i, role))]
    for (const requiresDesign of [true, false]) {
      for (const state of PIECE_STATES) {
        for (const who of actors) {
          const expected = PIECE_ACTIONS.filter((a) =>
            ACTION_WRITES[a].some((w) => {
              try {
                authorizePieceAction(w, piece(state, requiresDesign), who)
                return true
              } catch {
                return false
              }
            })
          )
          expect(allowedActions(piece(state, requiresDesign), who), `${state} ${who.role} ${who.id}`).toEqual(expected)
        }
      }
    }
  })

  it('gives the writer and the jefe the content actions of a draft, and the designer none', () => {
    expect(allowedActions(piece('borrador'), writer)).toEqual(['editMetadata', 'saveContent', 'submitContent', 'cancel'])
    expect(allowedActions(piece('borrador'), jefe)).toEqual(['editMetadata', 'saveContent', 'submitContent', 'cancel'])
    expect(allowedActions(piece('borrador'), designer)).toEqual([])
    expect(allowedActions(piece('en_diseno'), designer)).toEqual(['attachDesign', 'submitDesign'])
    expect(allowedActions(piece('revision_diseno'), jefe)).toEqual(['editMetadata', 'reviewDesign', 'cancel'])
    expect(allowedActions(piece('aprobada'), actor(40, 'community_manager'))).toEqual(['publish'])
    expect(allowedActions(piece('aprobada'), writer)).toEqual(['editMetadata', 'publish', 'cancel'])
  })

  it('lets the queue know who can review', () => {
    expect(canReview(piece('revision_contenido'), jefe)).toBe(true)
    expect(canReview(piece('revision_diseno'), delegate)).toBe(true)
    expect(canReview(piece('revision_contenido'), { ...writer, canApprove: true })).toBe(false)
    expect(canReview(piece('revision_contenido'), actor(41, 'profesional'))).toBe(false)
    expect(canReview(piece('borrador'), jefe)).toBe(false)
  })
})
