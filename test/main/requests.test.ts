import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Contract } from '../../src/shared/contract'
import type { InputOf } from '../../src/shared/contract/define'
import { REQUEST_STATES, type RequestState } from '../../src/shared/domain/requests'
import { makeOffice } from '../support/core'
import { addPlanActivity, auditCount, catalogueId, pieceInput, type Office } from '../support/fixtures'

let o: Office
let activityId: number
let salud: number
let gobierno: number
beforeAll(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
  salud = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
  gobierno = await catalogueId(o, 'dependencia', 'Secretaría de Gobierno')
})
afterAll(async () => o?.dispose())

type NewRequest = InputOf<Contract['requests']['create']>
const requestInput = (overrides: Partial<NewRequest> = {}): NewRequest => ({
  dependenciaId: salud,
  requesterName: 'Marta Ruiz',
  requesterContact: 'mruiz@cajica.gov.co',
  topic: 'Jornada de vacunación contra el sarampión',
  objective: 'Que las familias lleven a vacunar a sus hijos',
  keyMessage: 'La vacuna es gratuita',
  desiredDate: '2026-03-20',
  ...overrides
})

async function requestIn(state: RequestState): Promise<number> {
  const { id } = await o.call('profesional', 'requests', 'create', requestInput())
  if (state === 'en_analisis') await o.call('profesional', 'requests', 'startAnalysis', { id })
  if (state === 'aceptada') await o.call('profesional', 'requests', 'accept', { id, pieces: [pieceInput(o, activityId)] })
  if (state === 'rechazada') await o.call('profesional', 'requests', 'reject', { id, reason: 'No es competencia de la oficina.' })
  return id
}

const requestRow = (id: number) => o.core.db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

describe('registering requests', () => {
  it('creates a request with its code, links and audit entry', async () => {
    const facebook = await catalogueId(o, 'canal', 'Facebook')
    const ciudadania = await catalogueId(o, 'grupo_valor', 'Ciudadanía en general')
    const before = await auditCount(o)
    const created = await o.call('community_manager', 'requests', 'create', requestInput({ channelIds: [facebook], audienceIds: [ciudadania] }))
    expect(created).toMatchObject({
      code: expect.stringMatching(/^SOL-2026-\d{4}$/),
      dependenciaName: 'Secretaría de Salud',
      requesterName: 'Marta Ruiz',
      state: 'recibida',
      pieceCount: 0,
      channelIds: [facebook],
      audienceIds: [ciudadania],
      createdByName: 'Mateo Herrera',
      pieces: []
    })
    expect(await auditCount(o)).toBe(before + 1)
    const [entry] = await o.call('jefe', 'audit', 'list', { entityType: 'request', entityId: created.id })
    expect(entry).toMatchObject({
      action: 'requests.created',
      summary: `Registró la solicitud ${created.code} de Secretaría de Salud: «Jornada de vacunación contra el sarampión»`
    })
  })

  it('numbers requests per year', async () => {
    const fresh = await makeOffice()
    try {
      const dep = await catalogueId(fresh, 'dependencia', 'Secretaría de Hacienda')
      const codes: string[] = []
      const create = async () => codes.push((await fresh.call('jefe', 'requests', 'create', { dependenciaId: dep, requesterName: 'A', topic: 'B' })).code)
      await create()
      await create()
      fresh.clock.set('2027-01-01T05:00:00Z')
      await create()
      expect(codes).toEqual(['SOL-2026-0001', 'SOL-2026-0002', 'SOL-2027-0001'])
    } finally {
      await fresh.dispose()
    }
  })

  it('only lets the roles with requests.manage write, and a refused write leaves nothing', async () => {
    const allowed = ['jefe', 'profesional', 'profesional2', 'community_manager']
    for (const client of ['jefe', 'profesional', 'profesional2', 'disenador', 'audiovisual', 'community_manager', 'archivista', 'administrador']) {
      const id = await requestIn('recibida')
      const before = { audit: await auditCount(o), row: await requestRow(id) }
      const calls = [
        () => o.call(client, 'requests', 'update', { ...requestInput({ topic: `Tema de ${client}` }), id }),
        () => o.call(client, 'requests', 'startAnalysis', { id })
      ]
      for (const call of calls) {
        const result = await call().then(
          () => 'ok',
          (e: { error: { code: string } }) => e.error.code
        )
        expect(result, client).toBe(allowed.includes(client) ? 'ok' : 'FORBIDDEN')
      }
      if (!allowed.includes(client)) {
        expect((await o.callError(client, 'requests', 'create', requestInput())).code).toBe('FORBIDDEN')
        expect((await o.callError(client, 'requests', 'accept', { id, pieces: [pieceInput(o, activityId)] })).code).toBe('FORBIDDEN')
        expect((await o.callError(client, 'requests', 'reject', { id, reason: 'x' })).code).toBe('FORBIDDEN')
        expect(await auditCount(o)).toBe(before.audit)
        expect(await requestRow(id)).toEqual(before.row)
      }
    }
  })

  it('refuses a dependencia that is not in the catalogue of dependencias', async () => {
    const facebook = await catalogueId(o, 'canal', 'Facebook')
    const before = await auditCount(o)
    const error = await o.callError('jefe', 'requests', 'create', requestInput({ dependenciaId: facebook }))
    expect(error.code).toBe('VALIDATION')
    expect(error.message).toMatch(/Dependencia/)
    expect(await auditCount(o)).toBe(before)
  })
})

describe('the life of a request', () => {
  const LEGAL: Record<'update' | 'startAnalysis' | 'accept' | 'reject', Partial<Record<RequestState, RequestState>>> = {
    update: { recibida: 'recibida', en_analisis: 'en_analisis' },
    startAnalysis: { recibida: 'en_analisis' },
    accept: { recibida: 'aceptada', en_analisis: 'aceptada' },
    reject: { recibida: 'rechazada', en_analisis: 'rechazada' }
  }
  const run = {
    update: (id: number) => o.call('jefe', 'requests', 'update', { ...requestInput({ dependenciaId: gobierno, topic: 'Tema corregido' }), id }),
    startAnalysis: (id: number) => o.call('jefe', 'requests', 'startAnalysis', { id }),
    accept: (id: number) => o.call('jefe', 'requests', 'accept', { id, pieces: [pieceInput(o, activityId)] }),
    reject: (id: number) => o.call('jefe', 'requests', 'reject', { id, reason: 'Fuera de la competencia de la oficina.' })
  }
  for (const action of Object.keys(LEGAL) as (keyof typeof LEGAL)[]) {
    for (const state of REQUEST_STATES) {
      const to = LEGAL[action][state]
      it(`${action} from ${state}: ${to ? `→ ${to}` : 'INVALID_TRANSITION'}`, async () => {
        const id = await requestIn(state)
        const before = { audit: await auditCount(o), row: await requestRow(id) }
        if (to) {
          const detail = await run[action](id)
          expect(detail.state).toBe(to)
          expect(await auditCount(o)).toBeGreaterThan(before.audit)
        } else {
          const error = await run[action](id).then(
            () => null,
            (e: { error: { code: string } }) => e.error
          )
          expect(error?.code).toBe('INVALID_TRANSITION')
          expect(await auditCount(o)).toBe(before.audit)
          expect(await requestRow(id)).toEqual(before.row)
        }
      })
    }
  }

  it('keeps the rejection reason and its audit sentence', async () => {
    const id = await requestIn('en_analisis')
    const rejected = await o.call('jefe', 'requests', 'reject', { id, reason: 'Corresponde a la Secretaría de Prensa departamental.' })
    expect(rejected).toMatchObject({ state: 'rechazada', rejectionReason: 'Corresponde a la Secretaría de Prensa departamental.' })
    const [entry] = await o.call('jefe', 'audit', 'list', { entityType: 'request', entityId: id, limit: 1 })
    expect(entry!.summary).toBe(`Rechazó la solicitud ${rejected.code}. Motivo: Corresponde a la Secretaría de Prensa departamental.`)
  })
})

describe('accepting a request', () => {
  it('creates its pieces in the same transaction, linked to it', async () => {
    const id = await requestIn('en_analisis')
    const accepted = await o.call('profesional', 'requests', 'accept', {
      id,
      pieces: [
        pieceInput(o, activityId, { title: 'Boletín de la jornada', type: 'boletin_prensa' }),
        pieceInput(o, activityId, { title: 'Afiche para redes', type: 'publicacion_redes' })
      ]
    })
    expect(accepted.state).toBe('aceptada')
    expect(accepted.pieceCount).toBe(2)
    expect(accepted.pieces.map((p) => [p.title, p.state, p.requiresDesign, p.requestCode])).toEqual([
      ['Boletín de la jornada', 'borrador', false, accepted.code],
      ['Afiche para redes', 'borrador', true, accepted.code]
    ])
    const [codeA, codeB] = accepted.pieces.map((p) => p.code)
    const [entry] = await o.call('jefe', 'audit', 'list', { entityType: 'request', entityId: id, limit: 1 })
    expect(entry).toMatchObject({ action: 'requests.accepted', summary: `Aceptó la solicitud ${accepted.code} y creó 2 piezas: ${codeA} y ${codeB}` })
    const history = await o.call('jefe', 'pieces', 'history', { pieceId: accepted.pieces[0]!.id })
    expect(history[0]!.summary).toBe(`Creó la pieza ${codeA} «Boletín de la jornada» a partir de la solicitud ${accepted.code}`)
    const listed = await o.call('jefe', 'requests', 'list', { search: accepted.code })
    expect(listed.map((r) => [r.id, r.pieceCount])).toEqual([[id, 2]])
  })

  it('creates no piece and leaves the request unchanged when one piece is invalid', async () => {
    const id = await requestIn('recibida')
    const lastSeq = async () => (await o.core.db.selectFrom('pieces').select('seq').orderBy('seq', 'desc').executeTakeFirstOrThrow()).seq
    const before = { audit: await auditCount(o), row: await requestRow(id), pieces: (await o.call('jefe', 'pieces', 'list')).length, seq: await lastSeq() }
    const error = await o.callError('jefe', 'requests', 'accept', {
      id,
      pieces: [pieceInput(o, activityId, { title: 'Buena' }), pieceInput(o, activityId, { title: 'Sin redactor', writerId: 999_999 })]
    })
    expect(error.code).toBe('VALIDATION')
    expect(error.message).toMatch(/^Pieza 2 \(«Sin redactor»\): /)
    expect(error.fields).toHaveProperty(['pieces.1.writerId'])
    expect(await auditCount(o)).toBe(before.audit)
    expect(await requestRow(id)).toEqual(before.row)
    expect((await o.call('jefe', 'pieces', 'list')).length).toBe(before.pieces)
    // The codes were not used up either.
    expect(await lastSeq()).toBe(before.seq)
    const next = await o.call('jefe', 'requests', 'accept', { id, pieces: [pieceInput(o, activityId)] })
    expect(next.pieces[0]!.code).toBe(`PZ-2026-${String(before.seq + 1).padStart(4, '0')}`)
  })

  it('requires at least one piece', async () => {
    const id = await requestIn('recibida')
    expect((await o.callError('jefe', 'requests', 'accept', { id, pieces: [] })).message).toMatch(/al menos una pieza/)
  })
})

describe('listing requests', () => {
  it('filters by state and searches code, topic, requester and dependencia', async () => {
    const a = (await o.call('jefe', 'requests', 'create', requestInput({ dependenciaId: gobierno, requesterName: 'Óscar Niño', topic: 'Consejo de seguridad' }))).id
    const b = (await o.call('jefe', 'requests', 'create', requestInput({ topic: 'Feria de salud 50% descuento' }))).id
    await o.call('jefe', 'requests', 'startAnalysis', { id: b })
    const ids = async (filter: InputOf<Contract['requests']['list']>) =>
      (await o.call('archivista', 'requests', 'list', filter)).map((r) => r.id).filter((id) => id === a || id === b)
    expect(await ids({})).toEqual([b, a])
    expect(await ids({ state: 'en_analisis' })).toEqual([b])
    expect(await ids({ search: 'consejo' })).toEqual([a])
    expect(await ids({ search: 'Niño' })).toEqual([a])
    expect(await ids({ search: 'gobierno' })).toEqual([a])
    expect(await ids({ search: '50%' })).toEqual([b])
    const code = (await o.call('jefe', 'requests', 'get', { id: a })).code
    expect(await ids({ search: code })).toEqual([a])
    expect((await o.callError('jefe', 'requests', 'get', { id: 999_999 })).code).toBe('NOT_FOUND')
  })
})
