import type { Ctx, Core } from '../core/context'
import { recordAudit } from '../audit/record'
import { auditSummary } from '../background/system-actor'
import { checkMaster } from './check'
import { createHasher } from './hash'

interface ActiveRun {
  cancelled: boolean
  done: Promise<void>
}

/**
 * Runs being verified in this process. Hashing is chunked in-process (not the ingest worker
 * pool): each read is async and each file yields with setImmediate, so calls stay responsive.
 */
const active = new WeakMap<Core, Map<number, ActiveRun>>()

function runsOf(core: Core): Map<number, ActiveRun> {
  let runs = active.get(core)
  if (!runs) {
    runs = new Map()
    active.set(core, runs)
  }
  return runs
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

export const isActive = (core: Core, id: number): boolean => runsOf(core).has(id)

/** Asks a run to stop after the file it is reading; its state is written by the caller. */
export function stopRun(core: Core, id: number): void {
  const run = runsOf(core).get(id)
  if (run) run.cancelled = true
}

/** Resolves when every run of this core has stopped (tests and shutdown wait on it). */
export async function fixityIdle(core: Core): Promise<void> {
  await Promise.all([...runsOf(core).values()].map((r) => r.done))
}

async function verify(ctx: Ctx, runId: number, assetIds: number[], run: ActiveRun): Promise<void> {
  const { core } = ctx
  const hash = createHasher()
  const stopped = () => run.cancelled
  for (const assetId of assetIds) {
    if (stopped()) return
    const asset = await core.db.selectFrom('assets').select(['storage_mode', 'master_path', 'volume_label', 'sha256']).where('id', '=', assetId).executeTakeFirst()
    // Deleted since the run started: nothing left to verify.
    const outcome = asset ? await checkMaster(core.dataDir, asset, hash, stopped) : null
    if (stopped()) return
    const checkedAt = core.clock.now().toISOString()
    await core.db.transaction().execute(async (trx) => {
      if (outcome) await trx.insertInto('fixity_checks').values({ run_id: runId, asset_id: assetId, checked_at: checkedAt, ...outcome }).execute()
      await trx
        .updateTable('fixity_runs')
        .set((eb) => ({
          checked: eb('checked', '+', 1),
          ok: eb('ok', '+', outcome?.result === 'ok' ? 1 : 0),
          changed: eb('changed', '+', outcome?.result === 'cambiado' ? 1 : 0),
          missing: eb('missing', '+', outcome?.result === 'faltante' ? 1 : 0)
        }))
        .where('id', '=', runId)
        .execute()
    })
    await nextTurn()
  }
  const now = core.clock.now()
  const endCtx: Ctx = { ...ctx, now, nowIso: now.toISOString() }
  await core.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('fixity_runs')
      .set({ state: 'terminada', finished_at: endCtx.nowIso })
      .where('id', '=', runId)
      .where('state', '=', 'en_curso')
      .returning(['checked', 'ok', 'changed', 'missing'])
      .executeTakeFirst()
    if (!done) return
    await recordAudit(trx, endCtx, {
      action: 'fixity.finish',
      entityType: 'fixity_run',
      entityId: runId,
      summary: auditSummary(
        endCtx,
        `Terminó la verificación de integridad de ${done.checked} originales: ${done.ok} íntegros, ${done.changed} cambiados y ${done.missing} faltantes.`
      ),
      details: { checked: done.checked, ok: done.ok, changed: done.changed, missing: done.missing }
    })
  })
}

/** Starts verifying `assetIds` in the background for the run already recorded as en curso (by a person or the schedule). */
export function startRun(ctx: Ctx, runId: number, assetIds: number[]): void {
  const runs = runsOf(ctx.core)
  const run: ActiveRun = { cancelled: false, done: Promise.resolve() }
  run.done = verify(ctx, runId, assetIds, run)
    // The database closed under the run (Pauta quitting): it stays en curso and the next
    // verification closes it as cancelled.
    .catch(() => undefined)
    .finally(() => runs.delete(runId))
  runs.set(runId, run)
}

/** On close: every run stops after the file it is reading, before the database closes. */
export async function stopFixityRuns(core: Core): Promise<void> {
  for (const id of runsOf(core).keys()) stopRun(core, id)
  await fixityIdle(core)
}

/** On start: runs left "en curso" by a crash or a close cannot go on; they are closed as cancelled. */
export async function closeInterruptedRuns(core: Core): Promise<void> {
  const at = core.clock.now().toISOString()
  await core.db.transaction().execute(async (trx) => {
    const interrupted = await trx.selectFrom('fixity_runs').select('id').where('state', '=', 'en_curso').execute()
    if (interrupted.length === 0) return
    await trx.updateTable('fixity_runs').set({ state: 'cancelada', finished_at: at }).where('state', '=', 'en_curso').execute()
    await trx
      .insertInto('audit_log')
      .values(
        interrupted.map(({ id }) => ({
          at,
          actor_id: null,
          action: 'fixity.interrupted',
          entity_type: 'fixity_run',
          entity_id: id,
          summary: 'La verificación de integridad quedó interrumpida al cerrar Pauta y se dio por cancelada.',
          details: null
        }))
      )
      .execute()
  })
}
