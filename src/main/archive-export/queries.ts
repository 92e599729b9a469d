import type { ExportJob } from '../../shared/contract/archive-export'
import { notFound } from '../core/errors'
import type { Db } from '../db/connection'

const RECENT_EXPORTS = 50

function jobsQuery(db: Db) {
  return db
    .selectFrom('archive_exports as x')
    .innerJoin('users as u', 'u.id', 'x.created_by')
    .select([
      'x.id',
      'x.name',
      'x.destination_path',
      'x.bag_path',
      'x.state',
      'x.xmp_sidecars',
      'x.embed_xmp',
      'x.total_files',
      'x.total_bytes',
      'x.done_files',
      'x.done_bytes',
      'x.consent_issues',
      'x.error',
      'x.started_at',
      'x.finished_at',
      'u.full_name'
    ])
}

type JobRow = Awaited<ReturnType<ReturnType<typeof jobsQuery>['executeTakeFirstOrThrow']>>

const toJob = (r: JobRow): ExportJob => ({
  id: r.id,
  name: r.name,
  destinationPath: r.destination_path,
  bagPath: r.bag_path,
  state: r.state,
  options: { xmpSidecars: r.xmp_sidecars === 1, embedXmp: r.embed_xmp === 1 },
  totalFiles: r.total_files,
  totalBytes: r.total_bytes,
  doneFiles: r.done_files,
  doneBytes: r.done_bytes,
  consentIssueCount: r.consent_issues,
  error: r.error,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  createdByName: r.full_name
})

export async function listExports(db: Db): Promise<ExportJob[]> {
  return (await jobsQuery(db).orderBy('x.id', 'desc').limit(RECENT_EXPORTS).execute()).map(toJob)
}

export async function getExport(db: Db, id: number): Promise<ExportJob> {
  const row = await jobsQuery(db).where('x.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('la exportación')
  return toJob(row)
}
