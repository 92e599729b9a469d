import type { FixityRun, FixityRunDetail } from '../../shared/contract/fixity'
import { notFound } from '../core/errors'
import type { Db } from '../db/connection'
import { masterPath } from '../archive/storage'

const RECENT_RUNS = 50

function runsQuery(db: Db) {
  return db
    .selectFrom('fixity_runs as r')
    .innerJoin('users as u', 'u.id', 'r.created_by')
    .leftJoin('fixity_scheduled_runs as s', 's.run_id', 'r.id')
    .select(['s.run_id as scheduled_run', 'r.id', 'r.scope', 'r.state', 'r.total', 'r.checked', 'r.ok', 'r.changed', 'r.missing', 'r.started_at', 'r.finished_at', 'u.full_name'])
}

type RunRow = Awaited<ReturnType<ReturnType<typeof runsQuery>['executeTakeFirstOrThrow']>>

const toRun = (r: RunRow): FixityRun => ({
  id: r.id,
  scope: r.scope,
  state: r.state,
  total: r.total,
  checked: r.checked,
  ok: r.ok,
  changed: r.changed,
  missing: r.missing,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  createdByName: r.full_name,
  scheduled: r.scheduled_run !== null
})

export async function listRuns(db: Db): Promise<FixityRun[]> {
  const rows = await runsQuery(db).orderBy('r.id', 'desc').limit(RECENT_RUNS).execute()
  return rows.map(toRun)
}

export async function getRun(db: Db, id: number): Promise<FixityRun> {
  const row = await runsQuery(db).where('r.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('la verificación de integridad')
  return toRun(row)
}

export async function getRunDetail(db: Db, dataDir: string, id: number): Promise<FixityRunDetail> {
  const run = await getRun(db, id)
  const problems = await db
    .selectFrom('fixity_checks as c')
    .innerJoin('assets as a', 'a.id', 'c.asset_id')
    .select(['c.asset_id', 'c.result', 'c.detail', 'c.checked_at', 'a.original_name', 'a.storage_mode', 'a.master_path'])
    .where('c.run_id', '=', id)
    .where('c.result', '<>', 'ok')
    .orderBy('c.id')
    .execute()
  return {
    ...run,
    problems: problems.map((p) => ({
      assetId: p.asset_id,
      name: p.original_name,
      result: p.result === 'cambiado' ? 'cambiado' : 'faltante',
      detail: p.detail,
      expectedPath: masterPath(dataDir, p) ?? p.master_path,
      checkedAt: p.checked_at
    }))
  }
}
