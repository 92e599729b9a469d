import type { RiskControl, RiskDetail, RiskFollowUp, RiskRow } from '../../shared/contract/risks'
import { controlRating, levelPercent, residualRisk, riskZone } from '../../shared/domain/risks'
import type { Db } from '../db/connection'
import { notFound } from '../core/errors'

type ControlRecord = Awaited<ReturnType<typeof controlRows>>[number]

async function controlRows(db: Db, riskIds: number[]) {
  if (riskIds.length === 0) return []
  return db
    .selectFrom('risk_controls as c')
    .innerJoin('users as u', 'u.id', 'c.responsible_id')
    .select(['c.id', 'c.risk_id', 'c.description', 'c.responsible_id', 'u.full_name', 'c.type', 'c.implementation', 'c.documentation', 'c.frequency', 'c.evidence', 'c.active'])
    .where('c.risk_id', 'in', riskIds)
    .orderBy('c.id')
    .execute()
}

async function followUpRows(db: Db, controlIds: number[]) {
  if (controlIds.length === 0) return []
  return db
    .selectFrom('risk_followups as f')
    .innerJoin('users as u', 'u.id', 'f.recorded_by')
    .select(['f.id', 'f.control_id', 'f.followed_on', 'f.executed', 'f.evidence', 'f.observation', 'f.recorded_by', 'u.full_name', 'f.created_at'])
    .where('f.control_id', 'in', controlIds)
    .orderBy('f.followed_on', 'desc')
    .orderBy('f.id', 'desc')
    .execute()
}

/** Only controls in force reduce the risk, in the order they were registered. */
const inForce = (controls: ControlRecord[]) => controls.filter((c) => c.active === 1)

export async function listRisks(db: Db): Promise<RiskRow[]> {
  const risks = await db
    .selectFrom('risks as r')
    .select(['r.id', 'r.number', 'r.description', 'r.type', 'r.probability', 'r.impact', 'r.treatment'])
    .select((eb) =>
      eb
        .selectFrom('risk_followups as f')
        .innerJoin('risk_controls as c', 'c.id', 'f.control_id')
        .select((e) => e.fn.max('f.followed_on').as('last'))
        .whereRef('c.risk_id', '=', 'r.id')
        .as('lastFollowUpOn')
    )
    .orderBy('r.number')
    .execute()
  const controls = await controlRows(db, risks.map((r) => r.id))
  return risks.map((r) => {
    const own = inForce(controls.filter((c) => c.risk_id === r.id))
    const residual = residualRisk(r.probability, r.impact, own)
    return {
      id: r.id,
      number: r.number,
      description: r.description,
      type: r.type,
      probability: r.probability,
      impact: r.impact,
      zone: riskZone(r.probability, r.impact),
      residualProbability: residual.probability,
      residualImpact: residual.impact,
      residualZone: residual.zone,
      treatment: r.treatment,
      controlCount: own.length,
      lastFollowUpOn: r.lastFollowUpOn ?? null
    }
  })
}

export async function riskDetail(db: Db, id: number): Promise<RiskDetail> {
  const risk = await db.selectFrom('risks').selectAll().where('id', '=', id).executeTakeFirst()
  if (!risk) throw notFound('el riesgo')
  const controls = await controlRows(db, [id])
  const followUps = await followUpRows(db, controls.map((c) => c.id))
  const residual = residualRisk(risk.probability, risk.impact, inForce(controls))
  const lastFollowUpOn = followUps[0]?.followed_on ?? null
  return {
    id: risk.id,
    number: risk.number,
    description: risk.description,
    type: risk.type,
    causes: risk.causes,
    consequences: risk.consequences,
    probability: risk.probability,
    impact: risk.impact,
    zone: riskZone(risk.probability, risk.impact),
    probabilityPercent: levelPercent(risk.probability),
    impactPercent: levelPercent(risk.impact),
    residualProbability: residual.probability,
    residualImpact: residual.impact,
    residualZone: residual.zone,
    residualProbabilityPercent: residual.probabilityPercent,
    residualImpactPercent: residual.impactPercent,
    steps: residual.steps,
    treatment: risk.treatment,
    controlCount: inForce(controls).length,
    lastFollowUpOn,
    createdAt: risk.created_at,
    updatedAt: risk.updated_at,
    controls: controls.map(
      (c): RiskControl => ({
        id: c.id,
        description: c.description,
        responsibleId: c.responsible_id,
        responsibleName: c.full_name,
        type: c.type,
        implementation: c.implementation,
        documentation: c.documentation,
        frequency: c.frequency,
        evidence: c.evidence,
        active: c.active === 1,
        rating: controlRating(c),
        followUps: followUps
          .filter((f) => f.control_id === c.id)
          .map(
            (f): RiskFollowUp => ({
              id: f.id,
              followedOn: f.followed_on,
              executed: f.executed === 1,
              evidence: f.evidence,
              observation: f.observation,
              recordedById: f.recorded_by,
              recordedByName: f.full_name,
              createdAt: f.created_at
            })
          )
      })
    )
  }
}
