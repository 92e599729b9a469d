import type { IngestFailure, IngestJob } from '../../shared/contract/archive'
import type { IngestItemState } from '../../shared/domain/archive'
import type { Db } from '../db/connection'
import { notFound } from '../core/errors'

/** Live figures only the running engine knows (speed); null when the job is not running here. */
export type SpeedOf = (ingestId: number, remainingFiles: number) => { filesPerSecond: number | null; secondsLeft: number | null }

const FAILURES_SHOWN = 500

async function view(db: Db, row: IngestRow, speedOf: SpeedOf): Promise<IngestJob> {
  const counts = await db
    .selectFrom('ingest_items')
    .select(['state', (eb) => eb.fn.countAll<number>().as('files'), (eb) => eb.fn.sum<number>('size').as('bytes')])
    .where('ingest_id', '=', row.id)
    .groupBy('state')
    .execute()
  const by = (state: IngestItemState) => counts.find((c) => c.state === state)
  const pending = by('pendiente')
  const pendingFiles = Number(pending?.files ?? 0)
  const previews = await db
    .selectFrom('assets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ingest_id', '=', row.id)
    .where('preview_state', '=', 'pendiente')
    .executeTakeFirstOrThrow()
  // Items catalogued with a warning (no metadata, no preview) are listed too: the archivist sees why.
  const failures: IngestFailure[] = (
    await db
      .selectFrom('ingest_items')
      .select(['relative_path', 'error'])
      .where('ingest_id', '=', row.id)
      .where((eb) => eb.or([eb('state', '=', 'fallido'), eb('error', '<>', '')]))
      .orderBy('id')
      .limit(FAILURES_SHOWN)
      .execute()
  ).map((f) => ({ path: f.relative_path, reason: f.error }))
  const running = row.state === 'en_curso' ? speedOf(row.id, pendingFiles) : { filesPerSecond: null, secondsLeft: null }
  return {
    id: row.id,
    sourcePath: row.source_path,
    mode: row.mode,
    volumeLabel: row.volume_label,
    state: row.state,
    totalFiles: row.total_files,
    totalBytes: row.total_bytes,
    doneFiles: row.total_files - pendingFiles,
    doneBytes: row.total_bytes - Number(pending?.bytes ?? 0),
    catalogued: Number(by('catalogado')?.files ?? 0),
    duplicates: Number(by('duplicado')?.files ?? 0),
    failed: Number(by('fallido')?.files ?? 0),
    filesPerSecond: running.filesPerSecond,
    secondsLeft: running.secondsLeft,
    previewsPending: Number(previews.n),
    failures,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    createdByName: row.created_by_name
  }
}

function baseQuery(db: Db) {
  return db
    .selectFrom('ingests as i')
    .innerJoin('users as u', 'u.id', 'i.created_by')
    .select(['i.id', 'i.source_path', 'i.mode', 'i.volume_label', 'i.state', 'i.total_files', 'i.total_bytes', 'i.started_at', 'i.finished_at', 'u.full_name as created_by_name'])
}
type IngestRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

export async function getIngest(db: Db, id: number, speedOf: SpeedOf): Promise<IngestJob> {
  const row = await baseQuery(db).where('i.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('la importación')
  return view(db, row, speedOf)
}

/** The most recent ingests first; older ones stay in the database and the audit trail. */
export async function listIngests(db: Db, speedOf: SpeedOf): Promise<IngestJob[]> {
  const rows = await baseQuery(db).orderBy('i.id', 'desc').limit(50).execute()
  return Promise.all(rows.map((row) => view(db, row, speedOf)))
}
