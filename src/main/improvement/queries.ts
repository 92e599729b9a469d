import { sql } from 'kysely'
import type { ActionAlert, FindingDetail, FindingRow, ImprovementAction, ImprovementDue, SourceOptions } from '../../shared/contract/improvement'
import { daysBetween } from '../../shared/dates'
import { DUE_SOON_DAYS, type FindingState } from '../../shared/domain/improvement'
import type { Db } from '../db/connection'
import { notFound } from '../core/errors'

/** "aaaa-mm-dd" plus `days` calendar days. */
export const plusDays = (isoDate: string, days: number): string => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const isLate = (a: { progress: number; due_on: string }, today: string) => a.progress < 100 && a.due_on < today
const isDueSoon = (a: { progress: number; due_on: string }, today: string) =>
  a.progress < 100 && a.due_on >= today && a.due_on <= plusDays(today, DUE_SOON_DAYS)

function findingRows(db: Db) {
  return db
    .selectFrom('improvement_findings as f')
    .leftJoin('indicator_sheets as i', 'i.id', 'f.indicator_sheet_id')
    .leftJoin('risks as r', 'r.id', 'f.risk_id')
    .leftJoin('users as c', 'c.id', 'f.closed_by')
    .selectAll('f')
    .select(['i.name as indicatorName', 'r.number as riskNumber', 'r.description as riskDescription', 'c.full_name as closedByName'])
}

type FindingRecord = Awaited<ReturnType<ReturnType<typeof findingRows>['execute']>>[number]

async function actionRows(db: Db, findingIds: number[]) {
  if (findingIds.length === 0) return []
  return db
    .selectFrom('improvement_actions as a')
    .innerJoin('users as u', 'u.id', 'a.responsible_id')
    .select(['a.id', 'a.finding_id', 'a.description', 'a.responsible_id', 'u.full_name', 'a.starts_on', 'a.due_on', 'a.progress'])
    .where('a.finding_id', 'in', findingIds)
    .orderBy('a.due_on')
    .orderBy('a.id')
    .execute()
}

type ActionRecord = Awaited<ReturnType<typeof actionRows>>[number]

async function progressRows(db: Db, actionIds: number[]) {
  if (actionIds.length === 0) return []
  return db
    .selectFrom('improvement_progress as p')
    .innerJoin('users as u', 'u.id', 'p.recorded_by')
    .select(['p.id', 'p.action_id', 'p.progress', 'p.evidence', 'p.recorded_by', 'u.full_name', 'p.recorded_at'])
    .where('p.action_id', 'in', actionIds)
    .orderBy('p.recorded_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute()
}

const sourceName = (f: FindingRecord): string => {
  if (f.indicatorName) return f.indicatorName
  if (f.riskNumber !== null) return `R${f.riskNumber} ${f.riskDescription ?? ''}`.trim()
  return f.source_detail
}

function toRow(f: FindingRecord, actions: ActionRecord[], today: string): FindingRow {
  const open = f.state === 'abierto'
  const pending = actions.filter((a) => a.progress < 100)
  return {
    id: f.id,
    number: f.number,
    description: f.description,
    source: f.source,
    sourceName: sourceName(f),
    actionType: f.action_type,
    identifiedOn: f.identified_on,
    state: f.state,
    actionCount: actions.length,
    progress: actions.length === 0 ? 0 : Math.round(actions.reduce((sum, a) => sum + a.progress, 0) / actions.length),
    lateCount: open ? actions.filter((a) => isLate(a, today)).length : 0,
    nextDueOn: open ? (pending.map((a) => a.due_on).sort()[0] ?? null) : null
  }
}

export async function listFindings(db: Db, today: string, state?: FindingState): Promise<FindingRow[]> {
  let q = findingRows(db)
  if (state) q = q.where('f.state', '=', state)
  const findings = await q.orderBy(sql`f.state = 'cerrado'`).orderBy('f.number', 'desc').execute()
  const actions = await actionRows(db, findings.map((f) => f.id))
  return findings.map((f) => toRow(f, actions.filter((a) => a.finding_id === f.id), today))
}

export async function findingDetail(db: Db, id: number, today: string): Promise<FindingDetail> {
  const finding = await findingRows(db).where('f.id', '=', id).executeTakeFirst()
  if (!finding) throw notFound('el hallazgo')
  const actions = await actionRows(db, [id])
  const history = await progressRows(db, actions.map((a) => a.id))
  const open = finding.state === 'abierto'
  return {
    ...toRow(finding, actions, today),
    sourceDetail: finding.source_detail,
    indicatorSheetId: finding.indicator_sheet_id,
    riskId: finding.risk_id,
    cause: finding.cause,
    closingNote: finding.closing_note,
    closedAt: finding.closed_at,
    closedByName: finding.closedByName,
    createdAt: finding.created_at,
    actions: actions.map(
      (a): ImprovementAction => ({
        id: a.id,
        description: a.description,
        responsibleId: a.responsible_id,
        responsibleName: a.full_name,
        startsOn: a.starts_on,
        dueOn: a.due_on,
        progress: a.progress,
        late: open && isLate(a, today),
        dueSoon: open && isDueSoon(a, today),
        history: history
          .filter((h) => h.action_id === a.id)
          .map((h) => ({ id: h.id, progress: h.progress, evidence: h.evidence, recordedById: h.recorded_by, recordedByName: h.full_name, recordedAt: h.recorded_at }))
      })
    )
  }
}

/** Unfinished actions of open findings that are late or due within DUE_SOON_DAYS, soonest first. */
export async function dueActions(db: Db, today: string): Promise<ImprovementDue> {
  const rows = await db
    .selectFrom('improvement_actions as a')
    .innerJoin('improvement_findings as f', 'f.id', 'a.finding_id')
    .innerJoin('users as u', 'u.id', 'a.responsible_id')
    .select(['a.id', 'a.finding_id', 'f.number', 'a.description', 'a.responsible_id', 'u.full_name', 'a.due_on', 'a.progress'])
    .where('f.state', '=', 'abierto')
    .where('a.progress', '<', 100)
    .where('a.due_on', '<=', plusDays(today, DUE_SOON_DAYS))
    .orderBy('a.due_on')
    .orderBy('a.id')
    .execute()
  const alerts = rows.map(
    (r): ActionAlert => ({
      actionId: r.id,
      findingId: r.finding_id,
      findingNumber: r.number,
      description: r.description,
      responsibleId: r.responsible_id,
      responsibleName: r.full_name,
      dueOn: r.due_on,
      progress: r.progress,
      daysLeft: daysBetween(today, r.due_on)
    })
  )
  return { asOf: today, late: alerts.filter((a) => a.daysLeft < 0), dueSoon: alerts.filter((a) => a.daysLeft >= 0) }
}

export async function sourceOptions(db: Db): Promise<SourceOptions> {
  const indicators = await db.selectFrom('indicator_sheets').select(['id', 'name']).orderBy('name').execute()
  const risks = await db.selectFrom('risks').select(['id', 'number', 'description']).orderBy('number').execute()
  return { indicators, risks }
}
