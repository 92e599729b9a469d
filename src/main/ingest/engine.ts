import { rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { IngestMode } from '../../shared/domain/archive'
import { IngestTemplate } from '../../shared/contract/archive'
import { archiveCacheDir, archiveDir, masterPath } from '../archive/storage'
import { recordAudit } from '../audit/record'
import { systemCtx } from '../background/system-actor'
import type { Core } from '../core/context'
import { capturedOf } from './capture'
import { fileType } from './kinds'
import { copyMaster, folderName } from './masters'
import { WorkerLostError, WorkerPool } from './pool'
import type { CatalogueResult, WorkerReply } from './protocol'
import { errorCode, failureReason, PREVIEW_FAILED } from './reasons'
import {
  assetWithHash,
  itemIsPending,
  pendingItems,
  pendingPreviews,
  recordAssets,
  recordDuplicate,
  recordFailure,
  recordPreview,
  recordPreviewFailure,
  type NewAsset,
  type PendingItem,
  type PreviewCandidate,
  type RecordOutcome,
  type Template
} from './store'

interface Run {
  id: number
  mode: IngestMode
  sourcePath: string
  volumeLabel: string | null
  template: Template
  eventFolder: string
  createdBy: number
  paused: boolean
  queue: PendingItem[]
  lastId: number
  exhausted: boolean
  inFlight: number
  /** Files left, as seen by each `speed` call (the progress the person sees): the speed is read from them. */
  samples: { t: number; remaining: number }[]
  retried: Set<number>
}

const BATCH = 200
const RECORD_BATCH = 64
// Files answered by the workers and waiting to be recorded count too, so a stalled disk holds the
// ingest, and a close waits for a few dozen files at most.
const MAX_ACTIVE = 32
// Long enough for a person to fill in the ingest's template after choosing the folder.
const WARM_IDLE_MS = 120_000
const RECORD_WAIT_MS = 25
// Speed is measured over the last stretch so a pause or a slow drive shows at once.
const SPEED_WINDOW_MS = 10_000

/**
 * Runs the ingests of one core: hands files to the worker pool (the catalogue pass first, the
 * previews once no ingest is cataloguing), writes the results in batches, and keeps the live speed.
 * Everything it needs to continue lives in the database, so a restart resumes where it stopped.
 */
export class IngestEngine {
  private pool: WorkerPool | null = null
  private readonly runs = new Map<number, Run>()
  private readonly previewing = new Set<number>()
  private previewQueue: PreviewCandidate[] = []
  private previewCursor = 0
  private previewsExhausted = false
  private active = 0
  /** Tasks handed to the pool and not answered yet; the rest of `active` are being recorded. */
  private inPool = 0
  private stopping = false
  private pumping = false
  private pumpAgain = false
  private records: { asset: NewAsset; resolve: (o: RecordOutcome) => void; reject: (e: unknown) => void }[] = []
  private flushing = false
  private flushTimer: ReturnType<typeof setTimeout> | null = null
  private lastFlush = 0
  private idleWaiters: (() => void)[] = []

  constructor(
    private readonly core: Core,
    /** The worker script; tests put a stand-in around the real one. */
    private readonly workerScript?: URL
  ) {}

  private get db() {
    return this.core.db
  }

  private get limit(): number {
    // Enough for the pool to send each worker its files ahead (pool.ts, CATALOGUE_AHEAD).
    return (this.pool?.size ?? 2) * 8
  }

  /** Starts (or continues after a restart) an ingest whose items are in the database. */
  async attach(ingestId: number): Promise<void> {
    if (this.stopping || this.runs.has(ingestId)) return
    const row = await this.db.selectFrom('ingests').selectAll().where('id', '=', ingestId).executeTakeFirst()
    if (!row || (row.state !== 'en_curso' && row.state !== 'pausada')) return
    const template = IngestTemplate.parse(JSON.parse(row.template))
    const pending = await this.db.selectFrom('ingest_items').select((eb) => eb.fn.countAll<number>().as('n')).where('ingest_id', '=', ingestId).where('state', '=', 'pendiente').executeTakeFirstOrThrow()
    const event = template.eventId ? await this.db.selectFrom('archive_events').select('name').where('id', '=', template.eventId).executeTakeFirst() : undefined
    this.runs.set(ingestId, {
      id: ingestId,
      mode: row.mode,
      sourcePath: row.source_path,
      volumeLabel: row.volume_label,
      template,
      eventFolder: event ? folderName(event.name) : 'sin-evento',
      createdBy: row.created_by,
      paused: row.state === 'pausada',
      queue: [],
      lastId: 0,
      exhausted: false,
      inFlight: 0,
      samples: [{ t: performance.now(), remaining: Number(pending.n) }],
      retried: new Set()
    })
    void this.pump()
  }

  pause(ingestId: number): void {
    const run = this.runs.get(ingestId)
    if (run) run.paused = true
  }

  async resume(ingestId: number): Promise<void> {
    const run = this.runs.get(ingestId)
    if (!run) return this.attach(ingestId)
    run.paused = false
    run.samples = []
    void this.pump()
  }

  /** The items were marked "omitido" by the caller; in-flight results find them so and are dropped. */
  cancel(ingestId: number): void {
    this.runs.delete(ingestId)
    void this.pump()
  }

  /** Starts the worker threads ahead of an ingest; left unused, they are released again. */
  warm(): void {
    if (this.stopping) return
    this.ensurePool()
    setTimeout(() => void this.pump(), WARM_IDLE_MS).unref()
  }

  /** Previews of assets catalogued elsewhere (or left pending by a crash) join the queue. */
  wakePreviews(): void {
    this.previewsExhausted = false
    void this.pump()
  }

  speed(ingestId: number, remainingFiles: number): { filesPerSecond: number | null; secondsLeft: number | null } {
    const run = this.runs.get(ingestId)
    if (!run || run.paused) return { filesPerSecond: null, secondsLeft: null }
    const now = performance.now()
    run.samples.push({ t: now, remaining: remainingFiles })
    while (run.samples.length > 2 && (run.samples[0]?.t ?? now) < now - SPEED_WINDOW_MS) run.samples.shift()
    const first = run.samples[0]!
    const done = first.remaining - remainingFiles
    if (done <= 0) return { filesPerSecond: null, secondsLeft: null }
    const filesPerSecond = (done * 1000) / Math.max(1, now - first.t)
    return { filesPerSecond: Math.round(filesPerSecond * 10) / 10, secondsLeft: Math.ceil(remainingFiles / filesPerSecond) }
  }

  /** Resolves when nothing is queued or running: for tests and the benchmark. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Finishes the files in flight, then stops; what is pending stays for the next start. */
  async stop(): Promise<void> {
    this.stopping = true
    if (!this.isIdle()) await new Promise<void>((resolve) => this.idleWaiters.push(resolve))
    await this.pool?.close()
    this.pool = null
  }

  private isIdle(): boolean {
    return this.active === 0 && !this.pumping
  }

  private ensurePool(): WorkerPool {
    this.pool ??= new WorkerPool(undefined, this.workerScript)
    return this.pool
  }

  private async pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true
      return
    }
    this.pumping = true
    try {
      do {
        this.pumpAgain = false
        while (!this.stopping && this.inPool < this.limit && this.active < MAX_ACTIVE) {
          if (!(await this.startCatalogue()) && !(await this.startPreview())) break
        }
      } while (this.pumpAgain && !this.stopping)
    } catch (error) {
      console.error('Importación: no se pudo continuar', error)
    } finally {
      this.pumping = false
    }
    if (this.isIdle()) {
      // Idle threads are released; the next ingest starts a fresh pool.
      if (!this.stopping && this.pool) {
        void this.pool.close()
        this.pool = null
      }
      for (const resolve of this.idleWaiters.splice(0)) resolve()
    }
  }

  private async startCatalogue(): Promise<boolean> {
    for (const run of [...this.runs.values()]) {
      if (run.paused) continue
      if (run.queue.length === 0 && !run.exhausted) {
        const batch = await pendingItems(this.db, run.id, run.lastId, BATCH)
        run.queue.push(...batch)
        run.lastId = batch.at(-1)?.id ?? run.lastId
        run.exhausted = batch.length < BATCH
      }
      const item = run.queue.shift()
      if (item) {
        run.inFlight++
        this.launch(() => this.catalogue(run, item).finally(() => run.inFlight--))
        return true
      }
      if (run.inFlight === 0 && this.runs.get(run.id) === run) await this.finish(run)
    }
    return false
  }

  private async startPreview(): Promise<boolean> {
    // The catalogue pass of a running ingest has the cores to itself: every file searchable first,
    // the previews after (the embedded thumbnails stand in meanwhile).
    if ([...this.runs.values()].some((run) => !run.paused)) return false
    if (this.previewQueue.length === 0 && !this.previewsExhausted) {
      let batch = await pendingPreviews(this.db, this.previewCursor, 50)
      if (batch.length === 0 && this.previewCursor > 0) batch = await pendingPreviews(this.db, 0, 50)
      batch = batch.filter((a) => !this.previewing.has(a.id))
      this.previewCursor = batch.at(-1)?.id ?? 0
      this.previewQueue = batch
      this.previewsExhausted = batch.length === 0
    }
    const asset = this.previewQueue.shift()
    if (!asset) return false
    this.previewing.add(asset.id)
    this.launch(() => this.preview(asset).finally(() => this.previewing.delete(asset.id)))
    return true
  }

  private async inWorker(task: Parameters<WorkerPool['run']>[0]): Promise<WorkerReply> {
    this.inPool++
    try {
      return await this.ensurePool().run(task)
    } finally {
      this.inPool--
      // A free place in the pool is filled at once, even while this file waits to be recorded.
      void this.pump()
    }
  }

  private launch(task: () => Promise<void>): void {
    this.active++
    task()
      .catch((error: unknown) => console.error('Importación: error inesperado', error))
      .finally(() => {
        this.active--
        void this.pump()
      })
  }

  /**
   * Results are gathered for a moment and written together (at most RECORD_BATCH files per
   * transaction): a card is searchable a few milliseconds later, and the main thread, which shares
   * the two cores with the workers, spends a fraction of the time per file.
   */
  private record(asset: NewAsset): Promise<RecordOutcome> {
    return new Promise((resolve, reject) => {
      this.records.push({ asset, resolve, reject })
      // With nothing left in the workers no other result is coming to gather with: written at once.
      if (this.inPool === 0 && this.flushTimer) {
        clearTimeout(this.flushTimer)
        void this.flush()
      } else if (!this.flushing) {
        this.flushing = true
        // The first result after a pause is written at once too; the following ones gather.
        const wait = this.inPool === 0 ? 0 : Math.max(0, this.lastFlush + RECORD_WAIT_MS - performance.now())
        this.flushTimer = setTimeout(() => void this.flush(), wait)
      }
    })
  }

  private async flush(): Promise<void> {
    this.flushTimer = null
    while (this.records.length > 0) {
      const batch = this.records.splice(0, RECORD_BATCH)
      try {
        const outcomes = await recordAssets(this.db, batch.map((b) => b.asset))
        batch.forEach((b, i) => b.resolve(outcomes[i] ?? 'omitido'))
      } catch {
        // One refused row must not take the others with it: each is written on its own.
        for (const b of batch) {
          await recordAssets(this.db, [b.asset]).then(([o]) => b.resolve(o ?? 'omitido'), b.reject)
        }
      }
    }
    this.flushing = false
    this.lastFlush = performance.now()
  }

  private async catalogue(run: Run, item: PendingItem): Promise<void> {
    const source = join(run.sourcePath, ...item.relativePath.split('/'))
    const { kind, mime } = fileType(item.relativePath)
    let reply
    try {
      reply = await this.inWorker({ type: 'catalogue', path: source, kind })
    } catch (error) {
      if (!(error instanceof WorkerLostError) || this.stopping) return
      // A file that kills a worker gets one more try on a fresh one, then it is reported.
      if (!run.retried.has(item.id)) {
        run.retried.add(item.id)
        run.queue.unshift(item)
        return
      }
      reply = { ok: false as const, code: 'ELOST', message: error.message, taskId: 0 }
    }
    try {
      if (!reply.ok) await recordFailure(this.db, item.id, failureReason(reply.code, 'read'))
      else if (reply.type === 'catalogue') await this.place(run, item, kind, mime, source, reply.result)
    } catch (error) {
      // The database refused the row (e.g. its disk is full): the item says so and the batch goes on.
      const code = errorCode(error) === 'SQLITE_FULL' ? 'ENOSPC' : errorCode(error)
      await recordFailure(this.db, item.id, failureReason(code, 'copy')).catch(() => undefined)
    }
  }

  private async place(run: Run, item: PendingItem, kind: ReturnType<typeof fileType>['kind'], mime: string, source: string, result: CatalogueResult): Promise<void> {
    if (result.size === 0) return recordFailure(this.db, item.id, failureReason('EMPTY', 'read'))
    const captured = capturedOf(result)
    const originalName = basename(item.relativePath)
    let master = source
    if (run.mode === 'copiar') {
      // Checked before copying so a duplicate or a cancelled file is never copied; recordAsset checks again.
      if (!(await itemIsPending(this.db, item.id))) return
      const existing = await assetWithHash(this.db, result.sha256)
      if (existing) return recordDuplicate(this.db, item.id, existing.id)
      try {
        master = await copyMaster(this.core.dataDir, source, originalName, [captured.on.slice(0, 4), captured.on.slice(5, 7), run.eventFolder], result.size)
      } catch (error) {
        return recordFailure(this.db, item.id, failureReason(errorCode(error), 'copy'))
      }
    }
    const outcome = await this.record({
      item,
      ingestId: run.id,
      kind,
      mime,
      originalName,
      storageMode: run.mode === 'copiar' ? 'copia' : 'referencia',
      masterPath: master,
      volumeLabel: run.mode === 'copiar' ? null : run.volumeLabel,
      captured,
      result,
      template: run.template,
      nowIso: new Date().toISOString()
    }).catch(async (error: unknown) => {
      // The row was not written: the copied master must not stay behind unreferenced.
      if (run.mode === 'copiar') await rm(join(archiveDir(this.core.dataDir), master), { force: true })
      throw error
    })
    if (outcome !== 'catalogado' && run.mode === 'copiar') await rm(join(archiveDir(this.core.dataDir), master), { force: true })
    if (outcome === 'catalogado') this.previewsExhausted = false
  }

  private async preview(asset: PreviewCandidate): Promise<void> {
    const path = masterPath(this.core.dataDir, asset)
    if (!path) return recordPreview(this.db, asset.id, { state: 'no_disponible', thumbPath: null, previewPath: null, width: null, height: null })
    let reply
    try {
      reply = await this.inWorker({
        type: 'preview',
        path,
        kind: asset.kind,
        sha256: asset.sha256,
        durationSeconds: asset.duration_seconds,
        cacheDir: archiveCacheDir(this.core.dataDir)
      })
    } catch (error) {
      if (error instanceof WorkerLostError && this.stopping) return
      return recordPreviewFailure(this.db, asset.id, PREVIEW_FAILED)
    }
    if (reply.ok && reply.type === 'preview') await recordPreview(this.db, asset.id, reply.result)
    else await recordPreviewFailure(this.db, asset.id, PREVIEW_FAILED)
  }

  private async finish(run: Run): Promise<void> {
    this.runs.delete(run.id)
    const ctx = systemCtx(this.core, new Date())
    await this.db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable('ingests')
        .set({ state: 'terminada', finished_at: ctx.nowIso })
        .where('id', '=', run.id)
        .where('state', '=', 'en_curso')
        .executeTakeFirst()
      if (Number(changed.numUpdatedRows) === 0) return
      const counts = await trx
        .selectFrom('ingest_items')
        .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
        .where('ingest_id', '=', run.id)
        .groupBy('state')
        .execute()
      const n = (state: string) => Number(counts.find((c) => c.state === state)?.n ?? 0)
      await recordAudit(trx, ctx, {
        action: 'ingest.finish',
        entityType: 'ingest',
        entityId: run.id,
        actorId: run.createdBy,
        summary: `Terminó la importación de ${run.sourcePath}: ${n('catalogado')} catalogados, ${n('duplicado')} duplicados y ${n('fallido')} con fallas.`,
        details: { catalogued: n('catalogado'), duplicates: n('duplicado'), failed: n('fallido') }
      })
    })
  }
}

const engines = new WeakMap<Core, IngestEngine>()

/** The core's engine, made on first use (with `workerScript` when given then). */
export function engineOf(core: Core, workerScript?: URL): IngestEngine {
  let engine = engines.get(core)
  if (!engine) {
    engine = new IngestEngine(core, workerScript)
    engines.set(core, engine)
  }
  return engine
}

/** At start: ingests left "en curso" by a crash or a forced close continue, and pending previews too. */
export async function resumeIngests(core: Core): Promise<void> {
  const engine = engineOf(core)
  const open = await core.db.selectFrom('ingests').select('id').where('state', 'in', ['en_curso', 'pausada']).execute()
  for (const row of open) await engine.attach(row.id)
  engine.wakePreviews()
}

/** Before the database closes: finishes the files in flight and stops the workers. */
export async function stopIngests(core: Core): Promise<void> {
  const engine = engines.get(core)
  engines.delete(core)
  await engine?.stop()
}
