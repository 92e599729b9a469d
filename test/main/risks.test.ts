import { afterEach, describe, expect, it } from 'vitest'
import type { Contract, InputOf } from '../../src/shared/contract'
import { migrateToLatest } from '../../src/main/db/connection'
import { makeOffice } from '../support/core'
import { auditCount, type Office } from '../support/fixtures'
import { useBareDatabase } from '../support/migration-db'

let o: Office
afterEach(async () => o?.dispose())

const UNAPPROVED: InputOf<Contract['risks']['create']> = {
  description: 'Publicar información sin la aprobación del jefe de la oficina',
  type: 'imagen',
  causes: 'Presión por publicar de inmediato; desconocimiento del flujo de aprobación',
  consequences: 'Pérdida de credibilidad de la Alcaldía',
  probability: 3,
  impact: 4,
  treatment: 'reducir'
}

const control = (responsibleId: number): Omit<InputOf<Contract['risks']['addControl']>, 'riskId'> => ({
  description: 'El jefe aprueba en Pauta el contenido y el diseño antes de publicar',
  responsibleId,
  type: 'preventivo',
  implementation: 'manual',
  documentation: 'documentado',
  frequency: 'continua',
  evidence: 'con_registro'
})

describe('matriz de riesgos', () => {
  it('registers a risk with its inherent zone, numbers risks in order, and places the residual after each control', async () => {
    o = await makeOffice()
    const before = await auditCount(o)
    const risk = await o.call('jefe', 'risks', 'create', UNAPPROVED)
    expect(risk).toMatchObject({ number: 1, zone: 'alta', residualZone: 'alta', residualProbability: 3, residualImpact: 4, controlCount: 0 })
    expect(await auditCount(o)).toBe(before + 1)
    const second = await o.call('jefe', 'risks', 'create', { ...UNAPPROVED, description: 'Pérdida del material audiovisual', type: 'operativo', probability: 2, impact: 3 })
    expect(second).toMatchObject({ number: 2, zone: 'moderada' })

    const controlled = await o.call('jefe', 'risks', 'addControl', { riskId: risk.id, ...control(o.users.jefe) })
    expect(controlled).toMatchObject({ residualProbability: 2, residualImpact: 4, residualProbabilityPercent: 36, residualZone: 'alta', controlCount: 1 })
    expect(controlled.controls[0]).toMatchObject({ rating: 40, responsibleName: 'Laura Gómez', active: true })
    const corrected = await o.call('jefe', 'risks', 'addControl', {
      riskId: risk.id,
      ...control(o.users.community_manager),
      description: 'Retirar de inmediato la publicación errada y publicar la aclaración',
      type: 'correctivo',
      implementation: 'manual'
    })
    // 80 % × (1 − 25 %) = 60 % → moderado; baja × moderado = moderada.
    expect(corrected).toMatchObject({ residualImpactPercent: 60, residualImpact: 3, residualZone: 'moderada' })

    // A retired control stops reducing the risk.
    const retired = await o.call('jefe', 'risks', 'updateControl', { id: corrected.controls[1]!.id, ...control(o.users.community_manager), type: 'correctivo', active: false })
    expect(retired).toMatchObject({ residualImpact: 4, residualZone: 'alta', controlCount: 1 })

    const list = await o.call('profesional', 'risks', 'list')
    expect(list.map((r) => [r.number, r.zone, r.residualZone])).toEqual([
      [1, 'alta', 'alta'],
      [2, 'moderada', 'moderada']
    ])
    const audit = await o.core.db.selectFrom('audit_log').select('summary').where('entity_type', '=', 'risk').orderBy('id').execute()
    expect(audit[0]?.summary).toBe('Registró el riesgo R1 «Publicar información sin la aprobación del jefe de la oficina» (probabilidad media, impacto mayor, zona alta)')
    expect(audit[2]?.summary).toContain('(preventivo manual, calificación 40 %), a cargo de Laura Gómez')
  })

  it('refuses probability or impact outside 1–5 with a Spanish message, and stores nothing', async () => {
    o = await makeOffice()
    const before = await auditCount(o)
    const high = await o.callError('jefe', 'risks', 'create', { ...UNAPPROVED, probability: 6 })
    expect(high.code).toBe('VALIDATION')
    expect(high.fields?.probability).toBe('La probabilidad va de 1 a 5 (1 muy baja, 5 muy alta).')
    const low = await o.callError('jefe', 'risks', 'create', { ...UNAPPROVED, impact: 0 })
    expect(low.fields?.impact).toBe('El impacto va de 1 a 5 (1 leve, 5 catastrófico).')
    expect((await o.callError('jefe', 'risks', 'create', { ...UNAPPROVED, impact: 2.5 })).code).toBe('VALIDATION')
    expect(await auditCount(o)).toBe(before)
    expect(await o.call('jefe', 'risks', 'list')).toEqual([])
  })

  it('applies the guide to corruption risks: impact at least moderado, never accepted', async () => {
    o = await makeOffice()
    const corruption = { ...UNAPPROVED, description: 'Favorecer a un medio en la pauta a cambio de dádivas', type: 'corrupcion' as const }
    const low = await o.callError('jefe', 'risks', 'create', { ...corruption, impact: 2 })
    expect(low.fields?.impact).toContain('de 3 (moderado) a 5')
    const accepted = await o.callError('jefe', 'risks', 'create', { ...corruption, treatment: 'aceptar' })
    expect(accepted.fields?.treatment).toBe('Los riesgos de corrupción no admiten aceptación.')
    expect((await o.call('jefe', 'risks', 'create', corruption)).zone).toBe('alta')
  })

  it('lets only the jefe manage the matrix; the responsible of a control records its follow-ups', async () => {
    o = await makeOffice()
    expect((await o.callError('profesional', 'risks', 'create', UNAPPROVED)).code).toBe('FORBIDDEN')
    const risk = await o.call('jefe', 'risks', 'create', UNAPPROVED)
    expect((await o.callError('community_manager', 'risks', 'addControl', { riskId: risk.id, ...control(o.users.community_manager) })).code).toBe('FORBIDDEN')
    expect((await o.callError('profesional', 'risks', 'update', { id: risk.id, ...UNAPPROVED })).code).toBe('FORBIDDEN')
    const detail = await o.call('jefe', 'risks', 'addControl', { riskId: risk.id, ...control(o.users.community_manager) })
    const controlId = detail.controls[0]!.id
    const followUp = { controlId, followedOn: '2026-03-09', executed: true, evidence: 'Aprobaciones registradas en Pauta', observation: '' }

    const before = await auditCount(o)
    const other = await o.callError('profesional', 'risks', 'recordFollowUp', followUp)
    expect(other).toMatchObject({ code: 'FORBIDDEN', message: 'Solo Mateo Herrera, responsable del control, o el jefe de la oficina registran su seguimiento.' })
    expect((await o.callError('administrador', 'risks', 'recordFollowUp', followUp)).code).toBe('FORBIDDEN')
    const future = await o.callError('community_manager', 'risks', 'recordFollowUp', { ...followUp, followedOn: '2026-03-11' })
    expect(future.fields?.followedOn).toBe('Use una fecha hasta hoy (10/03/2026).')
    const noEvidence = await o.callError('community_manager', 'risks', 'recordFollowUp', { ...followUp, evidence: '' })
    expect(noEvidence.fields?.evidence).toBeDefined()
    expect(await auditCount(o)).toBe(before)

    await o.call('community_manager', 'risks', 'recordFollowUp', followUp)
    const after = await o.call('jefe', 'risks', 'recordFollowUp', { ...followUp, followedOn: '2026-03-10', executed: false, evidence: '', observation: 'Una publicación salió sin aprobación' })
    expect(after.lastFollowUpOn).toBe('2026-03-10')
    expect(after.controls[0]!.followUps.map((f) => [f.followedOn, f.executed, f.recordedByName])).toEqual([
      ['2026-03-10', false, 'Laura Gómez'],
      ['2026-03-09', true, 'Mateo Herrera']
    ])
    expect((await o.call('profesional', 'risks', 'list'))[0]?.lastFollowUpOn).toBe('2026-03-10')
  })

  it('refuses a responsible whose account is inactive', async () => {
    o = await makeOffice()
    const risk = await o.call('jefe', 'risks', 'create', UNAPPROVED)
    const archivista = await o.call('jefe', 'users', 'list')
    const rosa = archivista.find((u) => u.id === o.users.archivista)!
    await o.call('jefe', 'users', 'update', { id: rosa.id, fullName: rosa.fullName, email: rosa.email, role: rosa.role, active: false })
    const error = await o.callError('jefe', 'risks', 'addControl', { riskId: risk.id, ...control(o.users.archivista) })
    expect(error.fields?.responsibleId).toBe('Esta cuenta está inactiva.')
    expect((await o.call('jefe', 'risks', 'get', { id: risk.id })).controls).toEqual([])
  })
})

describe('0011_risks_improvement', () => {
  const open = useBareDatabase()

  it('keeps the matrix and the plan consistent in the schema', async () => {
    const { sqlite, unknownDb } = open()
    await migrateToLatest(unknownDb)
    const now = '2026-03-10T14:00:00.000Z'
    const { lastInsertRowid: user } = sqlite
      .prepare("INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) VALUES ('j', 'J', 'jefe', 'x', ?, ?)")
      .run(now, now)
    const risk = sqlite.prepare(
      'INSERT INTO risks (number, description, type, probability, impact, treatment, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
    )
    const { lastInsertRowid: riskId } = risk.run(1, 'R', 'imagen', 3, 4, 'reducir', user, now, now)
    expect(() => risk.run(2, 'R', 'imagen', 6, 4, 'reducir', user, now, now)).toThrow(/CHECK/)
    expect(() => risk.run(3, 'R', 'imagen', 3, 0, 'reducir', user, now, now)).toThrow(/CHECK/)
    expect(() => risk.run(4, 'R', 'chisme', 3, 3, 'reducir', user, now, now)).toThrow(/CHECK/)
    expect(() => risk.run(1, 'R', 'imagen', 3, 3, 'reducir', user, now, now)).toThrow(/UNIQUE/)

    const control = sqlite.prepare(
      'INSERT INTO risk_controls (risk_id, description, responsible_id, type, implementation, documentation, frequency, evidence, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
    )
    control.run(riskId, 'C', user, 'preventivo', 'manual', 'documentado', 'continua', 'con_registro', now, now)
    expect(() => control.run(riskId, 'C', user, 'disuasivo', 'manual', 'documentado', 'continua', 'con_registro', now, now)).toThrow(/CHECK/)
    expect(() => control.run(999, 'C', user, 'preventivo', 'manual', 'documentado', 'continua', 'con_registro', now, now)).toThrow(/FOREIGN KEY/)

    const finding = sqlite.prepare(
      'INSERT INTO improvement_findings (number, description, source, risk_id, indicator_sheet_id, action_type, identified_on, state, closing_note, closed_at, closed_by, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
    )
    const { lastInsertRowid: findingId } = finding.run(1, 'H', 'riesgo', riskId, null, 'correctiva', '2026-03-01', 'abierto', '', null, null, user, now, now)
    expect(() => finding.run(2, 'H', 'auditoria', riskId, null, 'correctiva', '2026-03-01', 'abierto', '', null, null, user, now, now)).toThrow(/CHECK/)
    expect(() => finding.run(3, 'H', 'auditoria', null, null, 'correctiva', '2026-03-01', 'cerrado', '', null, null, user, now, now)).toThrow(/CHECK/)
    expect(() => finding.run(4, 'H', 'auditoria', null, null, 'correctiva', '01/03/2026', 'abierto', '', null, null, user, now, now)).toThrow(/CHECK/)

    const action = sqlite.prepare(
      'INSERT INTO improvement_actions (finding_id, description, responsible_id, starts_on, due_on, progress, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    )
    action.run(findingId, 'A', user, '2026-03-01', '2026-03-31', 0, now, now)
    expect(() => action.run(findingId, 'A', user, '2026-03-31', '2026-03-01', 0, now, now)).toThrow(/CHECK/)
    expect(() => action.run(findingId, 'A', user, '2026-03-01', '2026-03-31', 101, now, now)).toThrow(/CHECK/)
  })
})
