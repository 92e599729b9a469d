import { describe, expect, it } from 'vitest'
import {
  COVERAGE_ACTIONS,
  COVERAGE_STATES,
  EVENT_ACTIONS,
  EVENT_STATES,
  type CoverageAction,
  type CoverageState,
  type EventAction,
  type EventState
} from '../../src/shared/domain/coverage'
import { nextCoverageState, nextEventState } from '../../src/main/coverage/state-machine'
import { allowedCoverageActions, allowedEventActions, authorizeCoverageAction, authorizeEventAction } from '../../src/main/coverage/rules'
import { AppError } from '../../src/main/core/errors'

/** The whole expected machine written out by hand: anything not listed is refused. */
const EVENT_LEGAL: Record<EventAction, Partial<Record<EventState, EventState>>> = {
  edit: { programado: 'programado', confirmado: 'confirmado', aplazado: 'aplazado' },
  confirm: { programado: 'confirmado', aplazado: 'confirmado' },
  start: { confirmado: 'en_curso' },
  complete: { en_curso: 'cubierto' },
  postpone: { programado: 'aplazado', confirmado: 'aplazado', aplazado: 'aplazado' },
  cancel: { programado: 'cancelado', confirmado: 'cancelado', aplazado: 'cancelado', en_curso: 'cancelado' },
  assign: { programado: 'programado', confirmado: 'confirmado', aplazado: 'aplazado', en_curso: 'en_curso' }
}

const COVERAGE_LEGAL: Record<CoverageAction, Partial<Record<CoverageState, CoverageState>>> = {
  accept: { asignada: 'aceptada' },
  start: { aceptada: 'en_curso' },
  deliver: { en_curso: 'entregada' },
  reassign: { asignada: 'asignada', aceptada: 'asignada' },
  cancel: { asignada: 'cancelada', aceptada: 'cancelada', en_curso: 'cancelada' }
}

const jefe = { id: 1, role: 'jefe' as const }
const profesional = { id: 2, role: 'profesional' as const }
const audiovisual = { id: 3, role: 'audiovisual' as const }
const disenador = { id: 4, role: 'disenador' as const }

describe('máquina de estados de los eventos', () => {
  for (const action of EVENT_ACTIONS) {
    for (const state of EVENT_STATES) {
      const expected = EVENT_LEGAL[action][state] ?? null
      it(`${action} desde ${state} → ${expected ?? 'rechazado'}`, () => {
        expect(nextEventState(action, state)).toBe(expected)
        if (expected === null) {
          expect(() => authorizeEventAction(action, state, jefe)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }))
        } else {
          expect(authorizeEventAction(action, state, profesional)).toBe(expected)
        }
      })
    }
  }

  it('quien no programa recibe FORBIDDEN antes que el estado, y no ve botones', () => {
    for (const actor of [audiovisual, disenador]) {
      const error = (() => {
        try {
          authorizeEventAction('confirm', 'programado', actor)
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).code).toBe('FORBIDDEN')
      expect(allowedEventActions('programado', actor)).toEqual([])
    }
    expect(allowedEventActions('aplazado', jefe)).toEqual(['edit', 'confirm', 'postpone', 'cancel', 'assign'])
    expect(allowedEventActions('cubierto', jefe)).toEqual([])
  })
})

describe('máquina de estados de los cubrimientos', () => {
  for (const action of COVERAGE_ACTIONS) {
    for (const state of COVERAGE_STATES) {
      const expected = COVERAGE_LEGAL[action][state] ?? null
      it(`${action} desde ${state} → ${expected ?? 'rechazado'}`, () => {
        expect(nextCoverageState(action, state)).toBe(expected)
        // The assignee is a jefe here so that every action passes the "who" check.
        const coverage = { state, assigneeId: jefe.id }
        if (expected === null) {
          expect(() => authorizeCoverageAction(action, coverage, jefe)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }))
        } else {
          expect(authorizeCoverageAction(action, coverage, jefe)).toBe(expected)
        }
      })
    }
  }

  it('solo la persona asignada acepta e inicia; el jefe también entrega; programar es de quien tiene el permiso', () => {
    const mine = { state: 'asignada' as const, assigneeId: audiovisual.id }
    expect(allowedCoverageActions(mine, audiovisual)).toEqual(['accept'])
    expect(allowedCoverageActions(mine, profesional)).toEqual(['reassign', 'cancel'])
    expect(allowedCoverageActions(mine, jefe)).toEqual(['reassign', 'cancel'])
    expect(allowedCoverageActions(mine, disenador)).toEqual([])
    const running = { state: 'en_curso' as const, assigneeId: audiovisual.id }
    expect(allowedCoverageActions(running, audiovisual)).toEqual(['deliver'])
    expect(allowedCoverageActions(running, jefe)).toEqual(['deliver', 'cancel'])
    expect(allowedCoverageActions(running, profesional)).toEqual(['cancel'])
    expect(() => authorizeCoverageAction('accept', mine, jefe)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }))
    expect(() => authorizeCoverageAction('deliver', running, profesional)).toThrow(/Solo la persona asignada o el jefe/)
  })
})
