import { afterEach, describe, expect, it } from 'vitest'
import { WorkerLostError, WorkerPool } from '../../src/main/ingest/pool'

const CRASHING = new URL('../fixtures/ingest/crashing-worker.mjs', import.meta.url)
let pool: WorkerPool | null = null
afterEach(async () => {
  await pool?.close()
  pool = null
})

const task = (path: string) => ({ type: 'catalogue' as const, path, kind: 'foto' as const })

describe('ingest worker pool', () => {
  it('sends files ahead to each worker and answers every one', async () => {
    pool = new WorkerPool(2, CRASHING)
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => pool!.run(task(`foto-${i}.jpg`))))
    expect(replies.map((r) => r.ok && r.type === 'catalogue' && (r.result as unknown as { path: string }).path)).toEqual(Array.from({ length: 20 }, (_, i) => `foto-${i}.jpg`))
  })

  it('blames only the file that was running when a worker died; the files sent ahead run on its replacement', async () => {
    pool = new WorkerPool(1, CRASHING)
    const paths = ['a.jpg', 'b.jpg', 'crash.jpg', 'c.jpg', 'd.jpg', 'e.jpg']
    const settled = await Promise.allSettled(paths.map((p) => pool!.run(task(p))))
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled'])
    const lost = settled[2] as PromiseRejectedResult
    expect(lost.reason).toBeInstanceOf(WorkerLostError)
  })

  it('does not blame a video waiting for ffprobe when the worker dies on the file after it', async () => {
    pool = new WorkerPool(1, CRASHING)
    const settled = await Promise.allSettled(['a.jpg', 'clip video.mp4', 'crash.jpg', 'b.jpg'].map((p) => pool!.run(task(p))))
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled'])
  })

  it('fails what is waiting when it is closed', async () => {
    pool = new WorkerPool(1, CRASHING)
    const settling = Promise.allSettled(Array.from({ length: 12 }, (_, i) => pool!.run(task(`foto-${i}.jpg`))))
    await pool.close()
    const settled = await settling
    expect(settled.every((s) => s.status === 'rejected' && s.reason instanceof WorkerLostError)).toBe(true)
    pool = null
  })
})
