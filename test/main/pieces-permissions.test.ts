import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PieceAction, PieceState } from '../../src/shared/domain/pieces'
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

/** Signed-in clients; "profesional" writes every test piece and "disenador" designs it. */
const CLIENTS = ['jefe', 'profesional', 'profesional2', 'disenador', 'audiovisual', 'community_manager', 'archivista', 'administrador'] as const
type Client = (typeof CLIENTS)[number]

const SELF_APPROVAL = 'No puede aprobar una pieza que usted redactó o diseñó.'

interface Case {
  /** The state where the state machine allows the write, so only who calls decides. */
  state: PieceState
  prepare?: (id: number) => Promise<void>
  run: (client: Client, id: number) => Promise<unknown>
  allowed: readonly Client[]
}

const review = (stage: 'contenido' | 'diseno', decision: 'aprobada' | 'devuelta') => (client: Client, id: number) =>
  o.call(client, 'pieces', 'review', { pieceId: id, stage, decision, comments: decision === 'devuelta' ? 'Ajustar.' : '', checklist: FULL_CHECKLIST })

const MATRIX: Record<string, Case> = {
  update: {
    state: 'borrador',
    run: (c, id) => {
      const p = pieceInput(o, activityId)
      return o.call(c, 'pieces', 'update', { id, ...p, title: `Título de ${c}`, designerId: o.users.disenador, requiresDesign: true })
    },
    allowed: ['jefe', 'profesional']
  },
  saveContent: {
    state: 'borrador',
    run: (c, id) => o.call(c, 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML }),
    allowed: ['jefe', 'profesional']
  },
  submitContent: {
    state: 'borrador',
    prepare: async (id) => void (await o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML })),
    run: (c, id) => o.call(c, 'pieces', 'submitContent', { pieceId: id }),
    allowed: ['jefe', 'profesional']
  },
  approveContent: { state: 'revision_contenido', run: review('contenido', 'aprobada'), allowed: ['jefe'] },
  returnContent: { state: 'revision_contenido', run: review('contenido', 'devuelta'), allowed: ['jefe'] },
  attachDesign: {
    state: 'contenido_aprobado',
    prepare: async (id) => void (o.host.nextPicked = [makeSourceFile(o, `p-${id}.pdf`, `pdf ${id}`)]),
    run: (c, id) => o.call(c, 'pieces', 'attachDesign', { pieceId: id }),
    allowed: ['jefe', 'disenador']
  },
  submitDesign: { state: 'en_diseno', run: (c, id) => o.call(c, 'pieces', 'submitDesign', { pieceId: id }), allowed: ['jefe', 'disenador'] },
  approveDesign: { state: 'revision_diseno', run: review('diseno', 'aprobada'), allowed: ['jefe'] },
  returnDesign: { state: 'revision_diseno', run: review('diseno', 'devuelta'), allowed: ['jefe'] },
  publish: {
    state: 'aprobada',
    run: (c, id) =>
      o.call(c, 'pieces', 'publish', {
        pieceId: id,
        publications: [{ channelId: facebook, publishedAt: '2026-03-12T09:00:00-05:00', urlOrPlace: 'https://facebook.com/p/9' }]
      }),
    // The permission 'pieces.publish', plus the piece's writer.
    allowed: ['jefe', 'profesional', 'profesional2', 'community_manager']
  },
  cancel: {
    state: 'en_diseno',
    run: (c, id) => o.call(c, 'pieces', 'cancel', { pieceId: id, reason: 'Ya no se necesita.' }),
    allowed: ['jefe', 'profesional']
  }
}

describe('who may write a piece', () => {
  for (const [name, c] of Object.entries(MATRIX)) {
    describe(name, () => {
      for (const client of CLIENTS) {
        const allowed = c.allowed.includes(client)
        it(`${client}: ${allowed ? 'allowed' : 'FORBIDDEN, nothing written'}`, async () => {
          const id = await pieceInState(o, activityId, c.state)
          await c.prepare?.(id)
          if (allowed) {
            const before = await auditCount(o)
            await c.run(client, id)
            expect(await auditCount(o)).toBe(before + 1)
          } else {
            const before = await pieceSnapshot(o, id)
            const error = await c.run(client, id).then(
              () => null,
              (e: { error: { code: string } }) => e.error
            )
            expect(error?.code).toBe('FORBIDDEN')
            expect(await pieceSnapshot(o, id)).toEqual(before)
          }
          o.host.nextPicked = []
        })
      }
    })
  }

  it('create: only the roles with pieces.create', async () => {
    const allowed: Client[] = ['jefe', 'profesional', 'profesional2', 'audiovisual', 'community_manager']
    for (const client of CLIENTS) {
      const before = await auditCount(o)
      const result = await o.call(client, 'pieces', 'create', pieceInput(o, activityId)).then(
        (p) => p.code,
        (e: { error: { code: string } }) => e.error.code
      )
      if (allowed.includes(client)) {
        expect(result, client).toMatch(/^PZ-2026-\d{4}$/)
        expect(await auditCount(o)).toBe(before + 1)
      } else {
        expect(result, client).toBe('FORBIDDEN')
        expect(await auditCount(o)).toBe(before)
      }
    }
  })
})

describe('allowedActions tells each person what the writes would accept', () => {
  const EXPECTED: Partial<Record<PieceState, Partial<Record<Client, PieceAction[]>>>> = {
    borrador: {
      jefe: ['editMetadata', 'saveContent', 'submitContent', 'cancel'],
      profesional: ['editMetadata', 'saveContent', 'submitContent', 'cancel']
    },
    revision_contenido: { jefe: ['editMetadata', 'reviewContent', 'cancel'], profesional: ['editMetadata', 'cancel'] },
    en_diseno: {
      jefe: ['editMetadata', 'attachDesign', 'submitDesign', 'cancel'],
      profesional: ['editMetadata', 'cancel'],
      disenador: ['attachDesign', 'submitDesign']
    },
    aprobada: {
      jefe: ['editMetadata', 'publish', 'cancel'],
      profesional: ['editMetadata', 'publish', 'cancel'],
      profesional2: ['publish'],
      community_manager: ['publish']
    },
    publicada: { jefe: ['publish'], profesional: ['publish'], profesional2: ['publish'], community_manager: ['publish'] },
    cancelada: {}
  }
  for (const [state, byClient] of Object.entries(EXPECTED)) {
    it(state, async () => {
      const id = await pieceInState(o, activityId, state as PieceState)
      for (const client of CLIENTS) {
        const detail = await o.call(client, 'pieces', 'get', { id })
        expect(detail.allowedActions, client).toEqual(byClient[client] ?? [])
      }
    })
  }
})

describe('self-approval and delegation', () => {
  const inReview = (overrides: Parameters<typeof pieceInput>[2] = {}) => pieceInState(o, activityId, 'revision_contenido', overrides)

  it('refuses a jefe who wrote the piece, and lets an active delegate approve it instead', async () => {
    const id = await pieceInState(o, activityId, 'borrador', { writerId: o.users.jefe })
    await o.call('jefe', 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML })
    await o.call('jefe', 'pieces', 'submitContent', { pieceId: id })
    const before = await pieceSnapshot(o, id)
    expect(await o.callError('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })).toEqual({
      code: 'FORBIDDEN',
      message: SELF_APPROVAL
    })
    expect(await o.callError('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'devuelta', comments: 'x', checklist: FULL_CHECKLIST }))
      .toMatchObject({ code: 'FORBIDDEN', message: SELF_APPROVAL })
    expect(await pieceSnapshot(o, id)).toEqual(before)
    expect((await o.call('jefe', 'pieces', 'get', { id })).allowedActions).not.toContain('reviewContent')
    const queue = await o.call('jefe', 'pieces', 'reviewQueue')
    expect(queue.find((p) => p.id === id)?.canReview).toBe(false)

    const delegation = await o.call('jefe', 'delegations', 'create', { delegateId: o.users.profesional2, startsOn: '2026-03-09', endsOn: '2026-03-11' })
    try {
      const approved = await o.call('profesional2', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })
      expect(approved.state).toBe('contenido_aprobado')
      expect(approved.reviews.at(-1)).toMatchObject({ reviewerId: o.users.profesional2, reviewerName: 'Camila Díaz', decision: 'aprobada' })
    } finally {
      await o.call('jefe', 'delegations', 'revoke', { id: delegation.id })
    }
  })

  it('refuses a jefe who designed the piece at both reviews', async () => {
    const id = await inReview({ designerId: o.users.jefe })
    expect(await o.callError('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })).toMatchObject({
      code: 'FORBIDDEN',
      message: SELF_APPROVAL
    })
    const delegation = await o.call('jefe', 'delegations', 'create', { delegateId: o.users.profesional2, startsOn: '2026-03-10', endsOn: '2026-03-10' })
    try {
      await o.call('profesional2', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })
      o.host.nextPicked = [makeSourceFile(o, 'jefe.png', 'diseño de la jefe')]
      await o.call('jefe', 'pieces', 'attachDesign', { pieceId: id })
      await o.call('jefe', 'pieces', 'submitDesign', { pieceId: id })
      expect(await o.callError('jefe', 'pieces', 'review', { pieceId: id, stage: 'diseno', decision: 'aprobada', checklist: FULL_CHECKLIST })).toMatchObject({
        code: 'FORBIDDEN',
        message: SELF_APPROVAL
      })
      const approved = await o.call('profesional2', 'pieces', 'review', { pieceId: id, stage: 'diseno', decision: 'aprobada', checklist: FULL_CHECKLIST })
      expect(approved.state).toBe('aprobada')
    } finally {
      await o.call('jefe', 'delegations', 'revoke', { id: delegation.id })
    }
  })

  it('lets a delegate approve only while the delegation is in force, and never a piece they designed', async () => {
    const delegation = await o.call('jefe', 'delegations', 'create', { delegateId: o.users.disenador, startsOn: '2026-03-10', endsOn: '2026-03-12' })
    try {
      // Designed by someone else: the delegate may approve both stages.
      const other = await inReview({ designerId: o.users.audiovisual })
      expect((await review('contenido', 'aprobada')('disenador', other)).state).toBe('contenido_aprobado')

      // Designed by the delegate: neither stage.
      const own = await pieceInState(o, activityId, 'revision_diseno')
      const before = await pieceSnapshot(o, own)
      expect(await o.callError('disenador', 'pieces', 'review', { pieceId: own, stage: 'diseno', decision: 'aprobada', checklist: FULL_CHECKLIST })).toMatchObject({
        code: 'FORBIDDEN',
        message: SELF_APPROVAL
      })
      expect(await pieceSnapshot(o, own)).toEqual(before)
      const ownContent = await inReview()
      expect((await o.callError('disenador', 'pieces', 'review', { pieceId: ownContent, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })).message).toBe(
        SELF_APPROVAL
      )

      // Expired: the day after the last day (in Bogotá) the delegate is an ordinary designer again.
      const later = await inReview({ designerId: o.users.audiovisual })
      o.clock.set('2026-03-13T05:00:00Z')
      const error = await o.callError('disenador', 'pieces', 'review', { pieceId: later, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })
      expect(error.code).toBe('FORBIDDEN')
      expect(error.message).toMatch(/delegación vigente/)
      expect((await o.call('disenador', 'pieces', 'reviewQueue')).find((p) => p.id === later)?.canReview).toBe(false)
      o.clock.set('2026-03-12T23:00:00Z')
      expect((await review('contenido', 'aprobada')('disenador', later)).state).toBe('contenido_aprobado')
    } finally {
      o.clock.set('2026-03-10T14:00:00Z')
      await o.call('jefe', 'delegations', 'revoke', { id: delegation.id })
    }
  })

  it('refuses a revoked delegate', async () => {
    const delegation = await o.call('jefe', 'delegations', 'create', { delegateId: o.users.audiovisual, startsOn: '2026-03-10', endsOn: '2026-03-31' })
    const id = await inReview()
    await o.call('jefe', 'delegations', 'revoke', { id: delegation.id })
    expect((await o.callError('audiovisual', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })).code).toBe(
      'FORBIDDEN'
    )
  })

  it('follows reassignment: a designer taken off the piece can no longer work its design', async () => {
    const id = await pieceInState(o, activityId, 'contenido_aprobado')
    const p = pieceInput(o, activityId)
    await o.call('profesional', 'pieces', 'update', { id, ...p, designerId: o.users.audiovisual, requiresDesign: true })
    o.host.nextPicked = [makeSourceFile(o, 'x.png', 'x')]
    expect((await o.callError('disenador', 'pieces', 'attachDesign', { pieceId: id })).code).toBe('FORBIDDEN')
    const attached = await o.call('audiovisual', 'pieces', 'attachDesign', { pieceId: id })
    expect(attached.state).toBe('en_diseno')
    expect(attached.designerName).toBe('Sofía Martínez')
  })
})
