import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PIECE_STATES, type PieceState } from '../../src/shared/domain/pieces'
import { makeOffice } from '../support/core'
import {
  addPlanActivity,
  auditCount,
  catalogueId,
  CONTENT_HTML,
  FULL_CHECKLIST,
  makeSourceFile,
  pieceInput,
  pieceInState,
  pieceSnapshot,
  type Office
} from '../support/fixtures'

let o: Office
let activityId: number
let facebook: number
beforeAll(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
  facebook = await catalogueId(o, 'canal', 'Facebook')
})
afterAll(async () => o?.dispose())

/** Each write, called by the person entitled to it whatever the state, so only the state decides. */
const ACTIONS = {
  saveContent: (id: number) => o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: '<p>Versión con ajustes.</p>' }),
  submitContent: (id: number) => o.call('profesional', 'pieces', 'submitContent', { pieceId: id }),
  approveContent: (id: number) =>
    o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST }),
  returnContent: (id: number) =>
    o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'devuelta', comments: 'Ajuste el título.', checklist: FULL_CHECKLIST }),
  attachDesign: (id: number) => o.call('disenador', 'pieces', 'attachDesign', { pieceId: id, note: 'Nueva versión' }),
  submitDesign: (id: number) => o.call('disenador', 'pieces', 'submitDesign', { pieceId: id }),
  approveDesign: (id: number) =>
    o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'diseno', decision: 'aprobada', checklist: FULL_CHECKLIST }),
  returnDesign: (id: number) =>
    o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'diseno', decision: 'devuelta', comments: 'Cambie la foto.', checklist: FULL_CHECKLIST }),
  publish: (id: number) =>
    o.call('community_manager', 'pieces', 'publish', {
      pieceId: id,
      publications: [{ channelId: facebook, publishedAt: '2026-03-12T10:00:00-05:00', urlOrPlace: 'https://facebook.com/p/2' }]
    }),
  cancel: (id: number) => o.call('profesional', 'pieces', 'cancel', { pieceId: id, reason: 'La secretaría desistió.' }),
  editMetadata: (id: number) => o.call('profesional', 'pieces', 'update', { ...updateInput(id), title: 'Título corregido' }),
  changeDesignNeed: (id: number) => o.call('profesional', 'pieces', 'update', { ...updateInput(id), requiresDesign: false })
} satisfies Record<string, (id: number) => Promise<unknown>>
type Action = keyof typeof ACTIONS

function updateInput(id: number) {
  const p = pieceInput(o, activityId)
  return { id, title: p.title, activityId, writerId: p.writerId, designerId: p.designerId ?? null, channelIds: [], audienceIds: [], dueDate: p.dueDate, requiresDesign: true }
}

const OPEN = PIECE_STATES.filter((s) => s !== 'publicada' && s !== 'cancelada')
const same = (states: readonly PieceState[]) => Object.fromEntries(states.map((s) => [s, s])) as Partial<Record<PieceState, PieceState>>

/** What each legal call leads to, for a piece that needs design. Every other (action, state) must be refused. */
const LEGAL: Record<Action, Partial<Record<PieceState, PieceState>>> = {
  saveContent: same(['borrador', 'ajustes_contenido']),
  submitContent: { borrador: 'revision_contenido', ajustes_contenido: 'revision_contenido' },
  approveContent: { revision_contenido: 'contenido_aprobado' },
  returnContent: { revision_contenido: 'ajustes_contenido' },
  attachDesign: { contenido_aprobado: 'en_diseno', en_diseno: 'en_diseno', ajustes_diseno: 'ajustes_diseno' },
  submitDesign: { en_diseno: 'revision_diseno', ajustes_diseno: 'revision_diseno' },
  approveDesign: { revision_diseno: 'aprobada' },
  returnDesign: { revision_diseno: 'ajustes_diseno' },
  publish: { aprobada: 'publicada', publicada: 'publicada' },
  cancel: Object.fromEntries(OPEN.map((s) => [s, 'cancelada'])),
  editMetadata: same(OPEN),
  changeDesignNeed: same(['borrador', 'revision_contenido', 'ajustes_contenido'])
}

/** Submitting needs a (new) version first; that is a precondition, not the transition under test. */
async function prepare(action: Action, state: PieceState, id: number): Promise<void> {
  if (action === 'submitContent' && (state === 'borrador' || state === 'ajustes_contenido')) {
    await o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML + '<p>Con ajustes.</p>' })
  }
  if (action === 'submitDesign' && state === 'ajustes_diseno') {
    o.host.nextPicked = [makeSourceFile(o, `ajuste-${id}.png`, `ajuste ${id}`)]
    await o.call('disenador', 'pieces', 'attachDesign', { pieceId: id })
  }
  if (action === 'attachDesign') o.host.nextPicked = [makeSourceFile(o, `arte-nuevo-${id}.png`, `arte nuevo ${id}`)]
}

const snapshot = (id: number) => pieceSnapshot(o, id)

describe('every transition of a piece that needs design', () => {
  for (const action of Object.keys(ACTIONS) as Action[]) {
    describe(action, () => {
      for (const state of PIECE_STATES) {
        const to = LEGAL[action][state]
        if (to) {
          it(`${state} → ${to}`, async () => {
            const id = await pieceInState(o, activityId, state)
            await prepare(action, state, id)
            const before = await auditCount(o)
            await ACTIONS[action](id)
            const detail = await o.call('jefe', 'pieces', 'get', { id })
            expect(detail.state).toBe(to)
            // The write and exactly one audit entry about this piece commit together.
            expect(await auditCount(o)).toBe(before + 1)
            const last = (await o.call('jefe', 'pieces', 'history', { pieceId: id })).at(-1)!
            expect(last.entityId).toBe(id)
          })
        } else {
          it(`refuses from ${state} with INVALID_TRANSITION and changes nothing`, async () => {
            const id = await pieceInState(o, activityId, state)
            await prepare(action, state, id)
            const picked = o.host.nextPicked
            const before = await snapshot(id)
            const error = await ACTIONS[action](id).then(
              () => null,
              (e: { error: { code: string; message: string } }) => e.error
            )
            expect(error?.code).toBe('INVALID_TRANSITION')
            expect(error?.message).toMatch(/^La pieza está en «/)
            expect(await snapshot(id)).toEqual(before)
            // A refused design attachment never even opens the file picker.
            expect(o.host.nextPicked).toBe(picked)
            o.host.nextPicked = []
          })
        }
      }
    })
  }
})

describe('a piece that does not need design', () => {
  const textPiece = async () =>
    (await o.call('jefe', 'pieces', 'create', pieceInput(o, activityId, { type: 'boletin_prensa' }))).id

  it('defaults requiresDesign from its type and goes from content approval straight to aprobada, then publicada', async () => {
    const id = await textPiece()
    expect((await o.call('jefe', 'pieces', 'get', { id })).requiresDesign).toBe(false)
    await ACTIONS.saveContent(id)
    await ACTIONS.submitContent(id)
    const approved = await ACTIONS.approveContent(id)
    expect(approved.state).toBe('aprobada')
    expect(approved.allowedActions).toEqual(['editMetadata', 'publish', 'cancel'])
    const history = await o.call('jefe', 'pieces', 'history', { pieceId: id })
    expect(history.at(-1)?.summary).toBe('Aprobó la versión 1 del contenido; la pieza no requiere diseño y quedó aprobada')
    expect((await ACTIONS.publish(id)).state).toBe('publicada')
  })

  it('refuses every design action in every state, saying the piece does not need design', async () => {
    const ids: Partial<Record<PieceState, number>> = {}
    ids.borrador = await textPiece()
    ids.revision_contenido = await textPiece()
    await ACTIONS.saveContent(ids.revision_contenido)
    await ACTIONS.submitContent(ids.revision_contenido)
    ids.aprobada = await textPiece()
    await ACTIONS.saveContent(ids.aprobada)
    await ACTIONS.submitContent(ids.aprobada)
    await ACTIONS.approveContent(ids.aprobada)
    for (const [state, id] of Object.entries(ids)) {
      for (const action of ['attachDesign', 'submitDesign', 'approveDesign', 'returnDesign'] as const) {
        o.host.nextPicked = [makeSourceFile(o, 'no.png', 'no')]
        const before = await snapshot(id)
        const error = await ACTIONS[action](id).then(
          () => null,
          (e: { error: { code: string; message: string } }) => e.error
        )
        expect(error?.code, `${action} en ${state}`).toBe('INVALID_TRANSITION')
        expect(await snapshot(id)).toEqual(before)
      }
    }
    const error = await o.callError('disenador', 'pieces', 'attachDesign', { pieceId: ids.aprobada })
    expect(error.message).toMatch(/no se puede adjuntar el diseño/)
    o.host.nextPicked = []
  })

  it('may switch to needing design before content approval, and then goes through design', async () => {
    const id = await textPiece()
    await o.call('jefe', 'pieces', 'update', { ...updateInput(id), requiresDesign: true, designerId: o.users.disenador })
    await ACTIONS.saveContent(id)
    await ACTIONS.submitContent(id)
    expect((await ACTIONS.approveContent(id)).state).toBe('contenido_aprobado')
    const error = await o.callError('jefe', 'pieces', 'update', { ...updateInput(id), requiresDesign: false })
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', message: 'La pieza está en «Contenido aprobado»: no se puede cambiar si requiere diseño (ya se aprobó el contenido).' })
  })
})
