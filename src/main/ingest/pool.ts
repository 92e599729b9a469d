import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { WorkerNote, WorkerReply, WorkerTask } from './protocol'

/**
 * From source (tests, tsx) the worker runs as worker.ts; in the electron-vite bundle it is the
 * `ingest-worker` entry beside the main bundle (or one folder up from a shared chunk).
 */
export function workerUrl(): URL {
  const here = import.meta.url
  if (here.endsWith('.ts')) return new URL('./worker.ts', here)
  for (const candidate of ['./ingest-worker.js', '../ingest-worker.js']) {
    const url = new URL(candidate, here)
    if (existsSync(fileURLToPath(url))) return url
  }
  throw new Error('No se encontró el proceso de importación (ingest-worker.js) junto a la aplicación.')
}

type TaskInput = WorkerTask extends infer T ? (T extends WorkerTask ? Omit<T, 'taskId'> : never) : never

interface Job {
  task: WorkerTask
  resolve: (r: WorkerReply) => void
  reject: (e: Error) => void
  /** The worker is done with the file itself and only waits on ffprobe, a process of its own. */
  read?: boolean
}

interface Slot {
  worker: Worker
  /** Tasks sent to this worker and not answered yet, in the order it runs them. */
  sent: Job[]
}

const MAX_CRASHES = 10
/**
 * Catalogue tasks sent ahead to each worker (a few milliseconds each): the worker goes on with the
 * next file while the main thread is busy writing results, instead of waiting to be handed one.
 * A preview (far longer) goes only to a worker with nothing else to do.
 */
const CATALOGUE_AHEAD = 8

/** A worker crashed (or was stopped) while holding the task. */
export class WorkerLostError extends Error {}

/** A fixed set of worker threads; extra tasks wait in order. */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly waiting: Job[] = []
  private nextId = 1
  private closed = false
  private crashes = 0

  private readonly url: URL

  constructor(
    readonly size = Math.max(1, availableParallelism()),
    url?: URL
  ) {
    this.url = url ?? workerUrl()
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    // No inherited loader flags (tsx in the benchmark): Node strips worker.ts's types itself, and a
    // loader in every thread costs more start-up than a whole small ingest takes.
    const slot: Slot = { worker: new Worker(this.url, { execArgv: [] }), sent: [] }
    slot.worker.unref()
    slot.worker.on('message', (reply: WorkerReply | WorkerNote) => {
      const index = slot.sent.findIndex((job) => job.task.taskId === reply.taskId)
      if ('note' in reply) {
        const job = slot.sent[index]
        if (job) job.read = true
        return
      }
      const [job] = index >= 0 ? slot.sent.splice(index, 1) : []
      job?.resolve(reply)
      this.next()
    })
    slot.worker.on('error', () => undefined)
    slot.worker.on('exit', () => {
      // The worker reads its files in order: the first one it had not finished was being read when
      // it died and is the one to blame; the others go back to the front of the line.
      const sent = slot.sent.splice(0)
      const running = sent.find((job) => !job.read)
      const others = sent.filter((job) => job !== running)
      running?.reject(new WorkerLostError('El proceso de lectura se detuvo con este archivo.'))
      if (this.closed) {
        for (const job of others) job.reject(new WorkerLostError('La importación se detuvo.'))
        return
      }
      this.waiting.unshift(...others)
      const index = this.slots.indexOf(slot)
      // A worker that cannot even start (a damaged install) would otherwise be respawned forever.
      if (++this.crashes > MAX_CRASHES) {
        if (index >= 0) this.slots.splice(index, 1)
        if (this.slots.length === 0) for (const job of this.waiting.splice(0)) job.reject(new WorkerLostError('No se pudo iniciar el proceso de lectura.'))
        return
      }
      if (index >= 0) this.slots[index] = this.spawn()
      this.next()
    })
    return slot
  }

  run(input: TaskInput): Promise<WorkerReply> {
    if (this.closed || this.slots.length === 0) return Promise.reject(new WorkerLostError('La importación se detuvo.'))
    const task = { ...input, taskId: this.nextId++ } as WorkerTask
    return new Promise((resolve, reject) => {
      this.waiting.push({ task, resolve, reject })
      this.next()
    })
  }

  private accepts(slot: Slot, task: WorkerTask): boolean {
    if (slot.sent.length === 0) return true
    return task.type === 'catalogue' && slot.sent.length < CATALOGUE_AHEAD && slot.sent.every((job) => job.task.type === 'catalogue')
  }

  private next(): void {
    while (this.waiting.length > 0) {
      const job = this.waiting[0]!
      // The least busy worker that takes it, so both cores share the line.
      const slot = this.slots.filter((s) => this.accepts(s, job.task)).sort((a, b) => a.sent.length - b.sent.length)[0]
      if (!slot) return
      this.waiting.shift()
      slot.sent.push(job)
      slot.worker.postMessage(job.task)
    }
  }

  async close(): Promise<void> {
    this.closed = true
    for (const job of this.waiting.splice(0)) job.reject(new WorkerLostError('La importación se detuvo.'))
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }
}
