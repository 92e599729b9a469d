import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { WorkerReply, WorkerTask } from './protocol'

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

interface Slot {
  worker: Worker
  current: { taskId: number; resolve: (r: WorkerReply) => void } | null
}

const MAX_CRASHES = 10

/** A worker crashed (or was stopped) while holding the task. */
export class WorkerLostError extends Error {}

/** A fixed set of worker threads, one task each at a time; extra tasks wait in order. */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly waiting: { task: WorkerTask; resolve: (r: WorkerReply) => void; reject: (e: Error) => void }[] = []
  private readonly rejecters = new Map<number, (e: Error) => void>()
  private nextId = 1
  private closed = false
  private crashes = 0

  constructor(readonly size = Math.max(1, availableParallelism())) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    // No inherited loader flags (tsx in the benchmark): Node strips worker.ts's types itself, and a
    // loader in every thread costs more start-up than a whole small ingest takes.
    const slot: Slot = { worker: new Worker(workerUrl(), { execArgv: [] }), current: null }
    slot.worker.unref()
    slot.worker.on('message', (reply: WorkerReply) => {
      const current = slot.current
      slot.current = null
      if (current) {
        this.rejecters.delete(current.taskId)
        current.resolve(reply)
      }
      this.next()
    })
    slot.worker.on('error', () => undefined)
    slot.worker.on('exit', () => {
      const current = slot.current
      slot.current = null
      if (current) this.rejecters.get(current.taskId)?.(new WorkerLostError('El proceso de lectura se detuvo con este archivo.'))
      if (current) this.rejecters.delete(current.taskId)
      if (this.closed) return
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

  private next(): void {
    for (const slot of this.slots) {
      if (slot.current) continue
      const job = this.waiting.shift()
      if (!job) return
      slot.current = { taskId: job.task.taskId, resolve: job.resolve }
      this.rejecters.set(job.task.taskId, job.reject)
      slot.worker.postMessage(job.task)
    }
  }

  async close(): Promise<void> {
    this.closed = true
    for (const job of this.waiting.splice(0)) job.reject(new WorkerLostError('La importación se detuvo.'))
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }
}
