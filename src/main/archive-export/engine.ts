import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { isoDateInColombia } from '../../shared/dates'
import type { ExportOptions } from '../../shared/contract/archive-export'
import { recordAudit } from '../audit/record'
import type { AuthedCtx, Core } from '../core/context'
import { BAGIT_TXT, bagInfoText, bagSize, manifestText, payloadOxum, sha256Text, type ManifestEntry } from './bagit'
import { hasConsentIssue, metadataCsv, metadataJson, xmpFieldsOf, type BagEntry } from './metadata'
import type { ExportReply, ExportTask, PayloadItem, WrittenFile } from './protocol'
import { labelOf, type ExportAsset } from './selection'
import { xmpPacket } from './xmp'

/**
 * From source (tests, tsx) the worker runs as worker.ts; in the electron-vite bundle it is the
 * `archive-export-worker` entry beside the main bundle (or one folder up from a shared chunk).
 */
export function exportWorkerUrl(): URL {
  const here = import.meta.url
  if (here.endsWith('.ts')) return new URL('./worker.ts', here)
  for (const candidate of ['./archive-export-worker.js', '../archive-export-worker.js']) {
    const url = new URL(candidate, here)
    if (existsSync(fileURLToPath(url))) return url
  }
  throw new Error('No se encontró el proceso de exportación (archive-export-worker.js) junto a la aplicación.')
}

export interface ExportPlan {
  jobId: number
  name: string
  partialDir: string
  bagDir: string
  assets: ExportAsset[]
  /** Each asset's file name inside data/, unique and valid on Windows. */
  bagNames: Map<number, string>
  options: ExportOptions
  entity: string
  workerUrl: URL
}

interface ActiveExport {
  worker: Worker
  /** Set by cancel and by close: the worker is being stopped on purpose. */
  stopping: boolean
  done: Promise<void>
}

const active = new WeakMap<Core, Map<number, ActiveExport>>()

function exportsOf(core: Core): Map<number, ActiveExport> {
  let map = active.get(core)
  if (!map) {
    map = new Map()
    active.set(core, map)
  }
  return map
}

export const isExportActive = (core: Core, id: number): boolean => exportsOf(core).has(id)

/** Resolves when every export of this core has stopped (tests wait on it). */
export async function exportsIdle(core: Core): Promise<void> {
  await Promise.all([...exportsOf(core).values()].map((e) => e.done))
}

/** Stops an export's worker at once; its partial folder is removed by the caller. */
export async function stopExport(core: Core, id: number): Promise<void> {
  const running = exportsOf(core).get(id)
  if (!running) return
  running.stopping = true
  await running.worker.terminate()
  await running.done
}

/**
 * On close: every export's worker stops where it is. The job stays "en curso" with its partial
 * folder, as after a crash; the next start records it as interrupted and removes the folder.
 */
export async function stopExports(core: Core): Promise<void> {
  await Promise.all([...exportsOf(core).keys()].map((id) => stopExport(core, id)))
}

class WorkerStopped extends Error {}

/** Runs tasks on one worker; progress messages go to `onProgress`, the task's answer resolves. */
function taskRunner(worker: Worker, onProgress: (doneFiles: number, doneBytes: number) => void) {
  let waiting: { resolve: (r: ExportReply) => void; reject: (e: Error) => void } | null = null
  worker.on('message', (reply: ExportReply) => {
    if (reply.type === 'progress') return onProgress(reply.doneFiles, reply.doneBytes)
    const w = waiting
    waiting = null
    w?.resolve(reply)
  })
  worker.on('error', () => undefined)
  worker.on('exit', () => {
    const w = waiting
    waiting = null
    w?.reject(new WorkerStopped('El proceso de exportación se detuvo.'))
  })
  return (task: ExportTask) =>
    new Promise<ExportReply>((resolve, reject) => {
      waiting = { resolve, reject }
      worker.postMessage(task)
    })
}

function payloadItems(plan: ExportPlan): PayloadItem[] {
  return plan.assets.map((asset) => {
    const target = `data/${plan.bagNames.get(asset.id)}`
    const packet = plan.options.xmpSidecars || plan.options.embedXmp ? xmpPacket(xmpFieldsOf(asset)) : null
    const embeds = plan.options.embedXmp && asset.mime === 'image/jpeg'
    // Formats Pauta cannot write into get the sidecar instead, so the description still travels.
    const wantsSidecar = plan.options.xmpSidecars || (plan.options.embedXmp && !embeds)
    return {
      assetId: asset.id,
      label: labelOf(asset),
      source: asset.source ?? '',
      target,
      sha256: asset.sha256,
      size: asset.size,
      embedXmp: embeds ? packet : null,
      sidecar: wantsSidecar && packet ? { target: `${target}.xmp`, content: packet } : null
    }
  })
}

/** The bag's metadata and tag files, from what the worker wrote. */
function tagFiles(ctx: AuthedCtx, plan: ExportPlan, entries: BagEntry[]): { texts: { target: string; content: string }[]; payload: WrittenFile[] } {
  const today = isoDateInColombia(ctx.core.clock.now())
  const info = { name: plan.name, entity: plan.entity, baggingDate: today, exportedBy: ctx.user.fullName }
  const metadata = [
    { target: 'data/metadatos.csv', content: metadataCsv(entries) },
    { target: 'data/metadatos.json', content: metadataJson(info, entries) }
  ]
  const payload: WrittenFile[] = [
    ...entries.flatMap((e) => [
      { target: e.path, sha256: e.copySha256, size: e.copySize },
      ...(e.sidecarPath ? [{ target: e.sidecarPath, sha256: e.sidecarSha256, size: e.sidecarSize }] : [])
    ]),
    ...metadata.map((m) => ({ target: m.target, sha256: sha256Text(m.content), size: Buffer.byteLength(m.content, 'utf8') }))
  ]
  const manifest = manifestText(payload.map((p): ManifestEntry => ({ path: p.target, sha256: p.sha256 })))
  const issues = entries.filter((e) => hasConsentIssue(e.asset)).length
  const fields: [string, string][] = [
    ['Source-Organization', plan.entity],
    ['Bagging-Date', today],
    ['Payload-Oxum', payloadOxum(payload)],
    ['Bag-Size', bagSize(payload.reduce((sum, p) => sum + p.size, 0))],
    ['External-Identifier', `pauta-exportacion-${plan.jobId}`],
    [
      'External-Description',
      `Paquete «${plan.name}» exportado desde el archivo audiovisual de Pauta por ${ctx.user.fullName}: ${entries.length} materiales con sus metadatos en data/metadatos.csv y data/metadatos.json.`
    ],
    ['Bag-Count', '1 of 1'],
    ['Bag-Software-Agent', 'Pauta'],
    [
      'Pauta-Autorizacion-Uso-Imagen',
      issues === 0
        ? 'Todos los materiales tienen autorización de uso de imagen vigente o no la requieren.'
        : `ATENCIÓN: ${issues === 1 ? '1 material tiene' : `${issues} materiales tienen`} la autorización de uso de imagen pendiente, vencida o negada (Ley 1581 de 2012); no los publique sin ella. Ver la columna autorizacionUsoImagen de data/metadatos.csv.`
    ]
  ]
  const bagInfo = bagInfoText(fields)
  const tagManifest = manifestText([
    { path: 'bagit.txt', sha256: sha256Text(BAGIT_TXT) },
    { path: 'bag-info.txt', sha256: sha256Text(bagInfo) },
    { path: 'manifest-sha256.txt', sha256: sha256Text(manifest) }
  ])
  return {
    texts: [
      ...metadata,
      { target: 'bagit.txt', content: BAGIT_TXT },
      { target: 'bag-info.txt', content: bagInfo },
      { target: 'manifest-sha256.txt', content: manifest },
      // Written last: a bag with its tag manifest has every other file already in place.
      { target: 'tagmanifest-sha256.txt', content: tagManifest }
    ],
    payload
  }
}

/** A failure the person reads, with the asset to blame when there is one. */
class ExportStopped extends Error {
  constructor(
    message: string,
    readonly assetId: number | null
  ) {
    super(message)
  }
}

async function writeBag(ctx: AuthedCtx, plan: ExportPlan, run: ActiveExport, progress: (files: number, bytes: number) => void): Promise<void> {
  const call = taskRunner(run.worker, progress)
  const written = await call({ type: 'payload', partialDir: plan.partialDir, items: payloadItems(plan) })
  if (written.type === 'failed') throw new ExportStopped(written.message, written.assetId)
  if (written.type !== 'payload-done') throw new Error(`Respuesta inesperada del proceso de exportación: ${written.type}`)
  const byId = new Map(plan.assets.map((a) => [a.id, a]))
  const entries: BagEntry[] = written.items.map((item) => ({
    asset: byId.get(item.assetId)!,
    path: item.copy.target,
    copySha256: item.copy.sha256,
    copySize: item.copy.size,
    metadataEmbedded: item.embedded,
    sidecarPath: item.sidecar?.target ?? null,
    sidecarSha256: item.sidecar?.sha256 ?? '',
    sidecarSize: item.sidecar?.size ?? 0
  }))
  const { texts, payload } = tagFiles(ctx, plan, entries)
  const finished = await call({ type: 'finish', partialDir: plan.partialDir, bagDir: plan.bagDir, texts, verify: payload })
  if (finished.type === 'failed') throw new ExportStopped(finished.message, finished.assetId)
}

const endCtx = (ctx: AuthedCtx): AuthedCtx => {
  const now = ctx.core.clock.now()
  return { ...ctx, now, nowIso: now.toISOString(), today: isoDateInColombia(now) }
}

async function run(ctx: AuthedCtx, plan: ExportPlan, running: ActiveExport): Promise<void> {
  const { db } = ctx.core
  // Progress writes go one after another, and all of them before the final state.
  let writes = Promise.resolve()
  const progress = (doneFiles: number, doneBytes: number) => {
    writes = writes
      .then(() => db.updateTable('archive_exports').set({ done_files: doneFiles, done_bytes: doneBytes }).where('id', '=', plan.jobId).where('state', '=', 'en_curso').execute())
      .then(() => undefined, () => undefined)
  }
  try {
    await writeBag(ctx, plan, running, progress)
  } catch (error) {
    await writes
    if (running.stopping) return
    await rm(plan.partialDir, { recursive: true, force: true }).catch(() => undefined)
    const stopped = error instanceof ExportStopped ? error : new ExportStopped(`La exportación se detuvo por un error inesperado (${(error as Error).message}). Exporte de nuevo.`, null)
    const end = endCtx(ctx)
    await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('archive_exports')
        .set({ state: 'fallida', error: stopped.message, finished_at: end.nowIso })
        .where('id', '=', plan.jobId)
        .where('state', '=', 'en_curso')
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) === 0) return
      await recordAudit(trx, end, {
        action: 'archive_export.fail',
        entityType: 'archive_export',
        entityId: plan.jobId,
        summary: `La exportación del paquete «${plan.name}» se detuvo: ${stopped.message}`,
        details: { assetId: stopped.assetId }
      })
    })
    return
  }
  await writes
  const end = endCtx(ctx)
  const totalBytes = plan.assets.reduce((sum, a) => sum + a.size, 0)
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('archive_exports')
      .set({ state: 'terminada', done_files: plan.assets.length, done_bytes: totalBytes, finished_at: end.nowIso })
      .where('id', '=', plan.jobId)
      .execute()
    await recordAudit(trx, end, {
      action: 'archive_export.finish',
      entityType: 'archive_export',
      entityId: plan.jobId,
      summary: `Terminó la exportación del paquete «${plan.name}»: ${plan.assets.length} originales verificados contra su SHA-256 en ${plan.bagDir}.`,
      details: { bagPath: plan.bagDir, files: plan.assets.length, bytes: totalBytes }
    })
  })
}

/** Starts writing the bag of an export already recorded as en curso, on its own worker thread. */
export function startExport(ctx: AuthedCtx, plan: ExportPlan): void {
  const exports = exportsOf(ctx.core)
  const worker = new Worker(plan.workerUrl)
  worker.unref()
  const running: ActiveExport = { worker, stopping: false, done: Promise.resolve() }
  running.done = run(ctx, plan, running)
    // The database closed under the export (Pauta quitting): it stays en curso and is recorded as interrupted at the next start.
    .catch(() => undefined)
    .finally(() => {
      exports.delete(plan.jobId)
      void worker.terminate()
    })
  exports.set(plan.jobId, running)
}
