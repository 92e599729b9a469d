import { afterEach, describe, expect, it } from 'vitest'
import type { Contract, InputOf } from '../../src/shared/contract'
import { makeOffice } from '../support/core'
import { auditCount, type Office } from '../support/fixtures'

let o: Office
afterEach(async () => o?.dispose())

// The test clock starts on 10/03/2026.
const AUDIT: InputOf<Contract['improvement']['create']> = {
  description: 'Tres boletines de prensa se publicaron sin el visto bueno de la jefe',
  source: 'auditoria',
  sourceDetail: 'Auditoría interna de gestión 2026',
  cause: 'El flujo de aprobación no se aplicaba en fines de semana',
  actionType: 'correctiva',
  identifiedOn: '2026-03-02'
}

async function findingWithAction(dueOn = '2026-03-31') {
  const finding = await o.call('jefe', 'improvement', 'create', AUDIT)
  return o.call('jefe', 'improvement', 'addAction', {
    findingId: finding.id,
    description: 'Turno de aprobación de fin de semana con delegación',
    responsibleId: o.users.profesional,
    startsOn: '2026-03-02',
    dueOn
  })
}

describe('plan de mejoramiento', () => {
  it('registers a finding with an action, records progress with evidence and closes it at 100 %', async () => {
    o = await makeOffice()
    const before = await auditCount(o)
    const finding = await findingWithAction()
    expect(finding).toMatchObject({ number: 1, state: 'abierto', sourceName: 'Auditoría interna de gestión 2026', actionCount: 1, progress: 0, nextDueOn: '2026-03-31' })
    const action = finding.actions[0]!
    expect(action).toMatchObject({ responsibleName: 'Andrés Rojas', late: false, dueSoon: false })

    const half = await o.call('profesional', 'improvement', 'recordProgress', { actionId: action.id, progress: 50, evidence: 'Delegación firmada para marzo' })
    expect(half.progress).toBe(50)
    const refused = await o.callError('jefe', 'improvement', 'close', { id: finding.id, closingNote: 'Listo' })
    expect(refused.code).toBe('INVALID_TRANSITION')
    expect(refused.message).toContain('«Turno de aprobación de fin de semana con delegación» (50 %)')

    await o.call('profesional', 'improvement', 'recordProgress', { actionId: action.id, progress: 100, evidence: 'Turnos aplicados tres fines de semana' })
    const closed = await o.call('jefe', 'improvement', 'close', { id: finding.id, closingNote: 'Ningún boletín salió sin aprobación en marzo.' })
    expect(closed).toMatchObject({ state: 'cerrado', closedByName: 'Laura Gómez', closingNote: 'Ningún boletín salió sin aprobación en marzo.', nextDueOn: null })
    expect(closed.actions[0]!.history.map((h) => [h.progress, h.recordedByName])).toEqual([
      [100, 'Andrés Rojas'],
      [50, 'Andrés Rojas']
    ])
    expect(await auditCount(o)).toBe(before + 5)
    // Closed: nothing changes any more.
    expect((await o.callError('jefe', 'improvement', 'recordProgress', { actionId: action.id, progress: 90, evidence: 'x' })).code).toBe('INVALID_TRANSITION')
    expect((await o.callError('jefe', 'improvement', 'update', { id: finding.id, ...AUDIT })).code).toBe('INVALID_TRANSITION')
    expect((await o.call('jefe', 'improvement', 'list', { state: 'abierto' })).map((f) => f.id)).toEqual([])
    expect((await o.call('jefe', 'improvement', 'list', { state: 'cerrado' })).map((f) => f.id)).toEqual([finding.id])
  })

  it('refuses inverted dates, progress outside 0–100, empty evidence and closing without actions, storing nothing', async () => {
    o = await makeOffice()
    const finding = await o.call('jefe', 'improvement', 'create', AUDIT)
    const before = await auditCount(o)
    const inverted = await o.callError('jefe', 'improvement', 'addAction', {
      findingId: finding.id,
      description: 'Acción',
      responsibleId: o.users.profesional,
      startsOn: '2026-03-20',
      dueOn: '2026-03-10'
    })
    expect(inverted).toMatchObject({ code: 'VALIDATION', fields: { dueOn: 'La fecha límite no puede ser anterior a la fecha de inicio.' } })
    expect((await o.callError('jefe', 'improvement', 'close', { id: finding.id, closingNote: 'Nada' })).message).toContain('no tiene acciones')
    const withAction = await findingWithAction()
    const actionId = withAction.actions[0]!.id
    const after = await auditCount(o)
    expect((await o.callError('profesional', 'improvement', 'recordProgress', { actionId, progress: 120, evidence: 'x' })).fields?.progress).toBe('El avance va de 0 a 100 %.')
    expect((await o.callError('profesional', 'improvement', 'recordProgress', { actionId, progress: 30, evidence: '  ' })).fields?.evidence).toBe('La evidencia del avance es obligatorio.')
    const future = await o.callError('jefe', 'improvement', 'create', { ...AUDIT, identifiedOn: '2026-03-11' })
    expect(future.fields?.identifiedOn).toBe('Use una fecha hasta hoy (10/03/2026).')
    expect(await auditCount(o)).toBe(after)
    expect(after).toBe(before + 2)
  })

  it('links a finding to a risk or an indicator sheet only from that source', async () => {
    o = await makeOffice()
    const risk = await o.call('jefe', 'risks', 'create', {
      description: 'Pérdida del material audiovisual',
      type: 'operativo',
      probability: 2,
      impact: 4,
      treatment: 'reducir'
    })
    const sheet = await o.call('jefe', 'indicators', 'saveSheet', {
      name: 'Oportunidad de publicación',
      formula: 'Piezas publicadas a tiempo / piezas publicadas × 100',
      type: 'eficacia',
      frequency: 'mensual',
      unit: 'porcentaje',
      direction: 'mayor',
      goal: 90,
      criticalLimit: 70,
      responsibleId: o.users.jefe
    })
    const fromRisk = await o.call('jefe', 'improvement', 'create', { ...AUDIT, source: 'riesgo', sourceDetail: '', riskId: risk.id, actionType: 'preventiva' })
    expect(fromRisk).toMatchObject({ riskId: risk.id, sourceName: 'R1 Pérdida del material audiovisual' })
    const fromSheet = await o.call('jefe', 'improvement', 'create', { ...AUDIT, source: 'indicador', sourceDetail: '', indicatorSheetId: sheet.id, actionType: 'mejora' })
    expect(fromSheet.sourceName).toBe('Oportunidad de publicación')
    const mismatch = await o.callError('jefe', 'improvement', 'create', { ...AUDIT, riskId: risk.id })
    expect(mismatch.fields?.riskId).toBe('Cambie la fuente a «Riesgo» o quite el riesgo.')
    const missing = await o.callError('jefe', 'improvement', 'create', { ...AUDIT, source: 'indicador', indicatorSheetId: 999 })
    expect(missing.fields?.indicatorSheetId).toBe('Este indicador no existe.')
    expect(await o.call('profesional', 'improvement', 'sourceOptions')).toEqual({
      indicators: [{ id: sheet.id, name: 'Oportunidad de publicación' }],
      risks: [{ id: risk.id, number: 1, description: 'Pérdida del material audiovisual' }]
    })
  })

  it('lets only the jefe manage findings and only the responsible or the jefe report progress', async () => {
    o = await makeOffice()
    expect((await o.callError('profesional', 'improvement', 'create', AUDIT)).code).toBe('FORBIDDEN')
    const finding = await findingWithAction()
    const actionId = finding.actions[0]!.id
    const other = await o.callError('profesional2', 'improvement', 'recordProgress', { actionId, progress: 10, evidence: 'x' })
    expect(other).toMatchObject({ code: 'FORBIDDEN', message: 'Solo Andrés Rojas, responsable de la acción, o el jefe de la oficina registran su avance.' })
    expect((await o.callError('administrador', 'improvement', 'recordProgress', { actionId, progress: 10, evidence: 'x' })).code).toBe('FORBIDDEN')
    expect((await o.callError('profesional', 'improvement', 'updateAction', { id: actionId, description: 'x', responsibleId: o.users.profesional, startsOn: '2026-03-02', dueOn: '2026-03-05' })).code).toBe('FORBIDDEN')
    expect((await o.call('jefe', 'improvement', 'recordProgress', { actionId, progress: 10, evidence: 'Revisión de la jefe' })).progress).toBe(10)
  })

  it('alerts actions due within seven days and late ones, and stops once they are complete', async () => {
    o = await makeOffice()
    const finding = await findingWithAction('2026-03-05')
    const add = (description: string, dueOn: string) =>
      o.call('jefe', 'improvement', 'addAction', { findingId: finding.id, description, responsibleId: o.users.community_manager, startsOn: '2026-03-01', dueOn })
    await add('Vence hoy', '2026-03-10')
    await add('Vence en siete días', '2026-03-17')
    await add('Vence en ocho días', '2026-03-18')
    const due = await o.call('profesional', 'improvement', 'due')
    expect(due.late.map((a) => [a.description, a.daysLeft])).toEqual([['Turno de aprobación de fin de semana con delegación', -5]])
    expect(due.dueSoon.map((a) => [a.description, a.daysLeft])).toEqual([
      ['Vence hoy', 0],
      ['Vence en siete días', 7]
    ])
    const detail = await o.call('jefe', 'improvement', 'get', { id: finding.id })
    expect(detail.lateCount).toBe(1)
    expect(detail.actions.map((a) => [a.late, a.dueSoon])).toEqual([
      [true, false],
      [false, true],
      [false, true],
      [false, false]
    ])
    const lateId = detail.actions[0]!.id
    await o.call('profesional', 'improvement', 'recordProgress', { actionId: lateId, progress: 100, evidence: 'Hecho' })
    expect((await o.call('jefe', 'improvement', 'due')).late).toEqual([])
    // Moving a due date is the jefe's, with the change in the audit trail.
    await o.call('jefe', 'improvement', 'updateAction', { id: detail.actions[3]!.id, description: 'Vence en ocho días', responsibleId: o.users.community_manager, startsOn: '2026-03-01', dueOn: '2026-03-12' })
    expect((await o.call('jefe', 'improvement', 'due')).dueSoon).toHaveLength(3)
    const audit = await o.core.db.selectFrom('audit_log').select('summary').orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit.summary).toBe('Modificó la acción «Vence en ocho días» del hallazgo H1, a cargo de Mateo Herrera; la fecha límite pasó del 18/03/2026 al 12/03/2026')
  })
})
