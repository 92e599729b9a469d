import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuthedCtx } from '../../src/main/core/context'
import { loadSessionUser } from '../../src/main/auth/session-user'
import { createBackground, outboxJob } from '../../src/main/background/jobs'
import { startCore } from '../../src/main/core/create-core'
import { createScheduler, type Timer } from '../../src/main/background/scheduler'
import { backoffMinutes } from '../../src/main/delivery/outbox'
import { recordGenerated } from '../../src/main/reports/generated'
import { isoDateInColombia } from '../../src/shared/dates'
import { makeOffice } from '../support/core'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
let work: string
beforeEach(async () => {
  t = await makeOffice()
  work = mkdtempSync(join(tmpdir(), 'pauta-bandeja-'))
})
afterEach(async () => {
  await t.dispose()
  rmSync(work, { recursive: true, force: true })
})

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const MINUTE = 60_000

async function userCtx(userId: number): Promise<AuthedCtx> {
  const now = t.clock.now()
  const today = isoDateInColombia(now)
  const user = (await loadSessionUser(t.core.db, userId, today))!
  return { core: t.core, db: t.core.db, clientId: 'x', now, nowIso: now.toISOString(), today, user }
}

async function generated(name: string, bytes: Buffer = randomBytes(32 * 1024)) {
  const file = await recordGenerated(await userCtx(t.users.jefe), { kind: 'mensual', title: 'Informe', fileName: name, bytes, params: {} })
  return { file, bytes }
}

async function destination(path: string, name: string) {
  return t.call('jefe', 'delivery', 'createDestination', { name, path, note: '', active: true })
}

/** Delivers to a folder that is not there yet: the file lands in the outbox. */
async function queued(name: string, dest: { id: number }, client = 'profesional', size = 32 * 1024) {
  const { file, bytes } = await generated(name, randomBytes(size))
  const result = await t.call(client, 'delivery', 'deliver', { fileId: file.id, destinationId: dest.id })
  expect(result.status).toBe('en_bandeja')
  return { id: result.outboxId!, bytes }
}

const item = async (id: number) => (await t.call('jefe', 'delivery', 'outbox', { includeDone: true })).find((o) => o.id === id)!

/** A timer the test fires by hand. */
class ManualTimer implements Timer {
  pending = new Map<number, { callback: () => void; ms: number }>()
  private next = 1
  set(callback: () => void, ms: number): unknown {
    const handle = this.next++
    this.pending.set(handle, { callback, ms })
    return handle
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number)
  }
  fire(): void {
    const entries = [...this.pending.entries()]
    this.pending.clear()
    for (const [, { callback }] of entries) callback()
  }
}

describe('back-off', () => {
  it('waits 1, 2, 4, 8… minutes after each failure, never more than an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(backoffMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60])
  })

  it('the drainer retries only when due, marks failures, and delivers once when the folder appears', async () => {
    const folder = join(work, 'planeacion')
    const dest = await destination(folder, 'Planeación')
    const start = t.clock.now().getTime()
    // Larger than the chunks the drainer reads from the row, and not a multiple of them.
    const { id, bytes } = await queued('informe.pdf', dest, 'profesional', 700_001)
    const scheduler = createScheduler({ jobs: [outboxJob(t.core)], clock: t.clock, timer: new ManualTimer() })
    const at = (minutes: number) => new Date(start + minutes * MINUTE)

    await scheduler.runDue(at(0.5))
    expect(await item(id)).toMatchObject({ state: 'pendiente', attempts: 1 })
    await scheduler.runDue(at(1))
    expect(await item(id)).toMatchObject({ state: 'fallido', attempts: 2, nextAttemptAt: at(3).toISOString() })
    expect((await item(id)).lastError).toBe('la carpeta no existe o la unidad no está conectada')
    await scheduler.runDue(at(2.9))
    expect((await item(id)).attempts).toBe(2)
    await scheduler.runDue(at(3))
    expect(await item(id)).toMatchObject({ attempts: 3, nextAttemptAt: at(7).toISOString() })
    await scheduler.runDue(at(7))
    expect(await item(id)).toMatchObject({ attempts: 4, nextAttemptAt: at(15).toISOString() })

    mkdirSync(folder)
    await scheduler.runDue(at(14))
    expect(readdirSync(folder)).toEqual([])
    await scheduler.runDue(at(15))
    expect(await item(id)).toMatchObject({ state: 'entregado', attempts: 5, deliveredPath: join(folder, 'informe.pdf'), deliveredAt: at(15).toISOString() })
    expect(sha(readFileSync(join(folder, 'informe.pdf')))).toBe(sha(bytes))
    await scheduler.runDue(at(200))
    expect(readdirSync(folder)).toEqual(['informe.pdf'])
    const audit = await t.call('jefe', 'audit', 'list', {})
    expect(audit[0]).toMatchObject({
      action: 'delivery.delivered',
      actorName: null,
      summary: `Tarea programada: entregó «informe.pdf» desde la bandeja de salida en «Planeación» (${join(folder, 'informe.pdf')})`
    })
    // Automatic failed attempts update the row only; the history keeps the queueing and the delivery.
    expect(audit.filter((a) => a.entityType === 'outbox').map((a) => a.action)).toEqual(['delivery.delivered', 'delivery.queued'])
  })

  it('after one failure, the same destination’s other due files wait with it while other destinations still drain', async () => {
    const down = await destination(join(work, 'caida'), 'Caída')
    const upFolder = join(work, 'arriba')
    const up = await destination(upFolder, 'Arriba')
    const a = await queued('a.pdf', down)
    const b = await queued('b.pdf', down)
    const c = await queued('c.pdf', up)
    mkdirSync(upFolder)
    const start = t.clock.now().getTime()
    const scheduler = createScheduler({ jobs: [outboxJob(t.core)], clock: t.clock, timer: new ManualTimer() })
    await scheduler.runDue(new Date(start + MINUTE))
    const [first, second, third] = [await item(a.id), await item(b.id), await item(c.id)]
    expect(first).toMatchObject({ state: 'fallido', attempts: 2 })
    expect(second).toMatchObject({ state: 'pendiente', attempts: 1, nextAttemptAt: first.nextAttemptAt, lastError: first.lastError })
    expect(third).toMatchObject({ state: 'entregado' })
    expect(readdirSync(upFolder)).toEqual(['c.pdf'])
  })
})

describe('retry and cancel', () => {
  it('retry tries at once and keeps the item waiting with its reason when the folder is still missing', async () => {
    const dest = await destination(join(work, 'no-esta'), 'Planeación')
    const { id } = await queued('informe.pdf', dest)
    const retried = await t.call('profesional', 'delivery', 'retry', { id })
    expect(retried).toMatchObject({ state: 'fallido', attempts: 2, lastError: 'la carpeta no existe o la unidad no está conectada' })
    const audit = await t.call('jefe', 'audit', 'list', {})
    expect(audit[0]).toMatchObject({
      action: 'delivery.retry_failed',
      actorName: 'Andrés Rojas',
      summary: 'Reintentó enviar «informe.pdf» a «Planeación»: la carpeta sigue sin estar disponible (la carpeta no existe o la unidad no está conectada)'
    })
  })

  it('cancel frees the bytes, stops the retries, and is only for the sender or a manager', async () => {
    const folder = join(work, 'planeacion')
    const dest = await destination(folder, 'Planeación')
    const { id } = await queued('informe.pdf', dest)
    expect((await t.callError('profesional2', 'delivery', 'cancel', { id })).code).toBe('FORBIDDEN')
    const cancelled = await t.call('profesional', 'delivery', 'cancel', { id })
    expect(cancelled).toMatchObject({ state: 'cancelado', nextAttemptAt: null })
    const row = await t.core.db.selectFrom('outbox').select('content').where('id', '=', id).executeTakeFirstOrThrow()
    expect(row.content.length).toBe(0)
    expect((await t.callError('profesional', 'delivery', 'cancel', { id })).code).toBe('INVALID_TRANSITION')
    expect((await t.callError('profesional', 'delivery', 'retry', { id })).code).toBe('INVALID_TRANSITION')

    mkdirSync(folder)
    const scheduler = createScheduler({ jobs: [outboxJob(t.core)], clock: t.clock, timer: new ManualTimer() })
    await scheduler.runDue(new Date(t.clock.now().getTime() + 120 * MINUTE))
    expect(readdirSync(folder)).toEqual([])
    expect((await t.call('jefe', 'audit', 'list', {}))[0]).toMatchObject({ action: 'delivery.cancelled', summary: 'Canceló el envío de «informe.pdf» a «Planeación»' })

    const elsewhere = await destination(join(work, 'no-esta'), 'Otra')
    const other = await queued('otro.pdf', elsewhere, 'profesional2')
    expect(await t.call('administrador', 'delivery', 'cancel', { id: other.id })).toMatchObject({ state: 'cancelado' })
  })

  it('the list shows waiting files first, and delivered or cancelled ones only when asked', async () => {
    const dest = await destination(join(work, 'no-esta'), 'Planeación')
    const a = await queued('a.pdf', dest)
    const b = await queued('b.pdf', dest)
    const c = await queued('c.pdf', dest)
    await t.call('jefe', 'delivery', 'cancel', { id: a.id })
    expect((await t.call('disenador', 'delivery', 'outbox')).map((o) => o.fileName)).toEqual(['c.pdf', 'b.pdf'])
    expect((await t.call('disenador', 'delivery', 'outbox', { includeDone: true })).map((o) => o.fileName)).toEqual(['c.pdf', 'b.pdf', 'a.pdf'])
    expect(b.id).toBeLessThan(c.id)
  })

  it('a queued file survives closing Pauta and is delivered by the next start', async () => {
    const folder = join(work, 'planeacion')
    const dest = await destination(folder, 'Planeación')
    const { id, bytes } = await queued('informe.pdf', dest)
    await t.close()
    mkdirSync(folder)
    const reopened = await startCore({ dataDir: t.dir, host: t.host, clock: t.clock, log: () => {} })
    try {
      const timer = new ManualTimer()
      t.clock.current = new Date(t.clock.now().getTime() + 5 * MINUTE)
      const background = createBackground(reopened.core, {
        clock: t.clock,
        timer,
        generateMonthly: () => Promise.reject(new Error('no se espera un informe')),
        log: () => {}
      })
      background.start()
      expect([...timer.pending.values()].map((p) => p.ms)).toEqual([0])
      timer.fire()
      await background.dispose()
      expect(sha(readFileSync(join(folder, 'informe.pdf')))).toBe(sha(bytes))
      const row = await reopened.core.db.selectFrom('outbox').select('state').where('id', '=', id).executeTakeFirstOrThrow()
      expect(row.state).toBe('entregado')
    } finally {
      await reopened.close()
    }
  })
})

describe('scheduler', () => {
  it('runs at start, then every interval, never overlapping, and wakes early when a file is queued', async () => {
    const timer = new ManualTimer()
    const runs: string[] = []
    let release: () => void = () => {}
    const scheduler = createScheduler({
      jobs: [
        {
          name: 'lenta',
          run: async (now) => {
            runs.push(now.toISOString())
            await new Promise<void>((resolve) => (release = resolve))
          }
        }
      ],
      clock: t.clock,
      timer,
      intervalMs: 60_000
    })
    scheduler.start()
    expect([...timer.pending.values()].map((p) => p.ms)).toEqual([0])
    timer.fire()
    expect(runs).toHaveLength(1)
    scheduler.wake()
    expect(timer.pending.size).toBe(0)
    release()
    await new Promise((resolve) => setImmediate(resolve))
    // The wake-up that came during the run makes one more run right after it.
    expect([...timer.pending.values()].map((p) => p.ms)).toEqual([0])
    timer.fire()
    expect(runs).toHaveLength(2)
    release()
    await new Promise((resolve) => setImmediate(resolve))
    expect([...timer.pending.values()].map((p) => p.ms)).toEqual([60_000])
    await scheduler.stop()
    expect(timer.pending.size).toBe(0)
  })

  it('keeps running the other jobs when one fails', async () => {
    const errors: unknown[] = []
    const ran: string[] = []
    const scheduler = createScheduler({
      jobs: [
        { name: 'rota', run: () => Promise.reject(new Error('falla')) },
        { name: 'sana', run: async () => void ran.push('sana') }
      ],
      clock: t.clock,
      timer: new ManualTimer(),
      log: (e) => errors.push(e)
    })
    await scheduler.runDue(t.clock.now())
    expect(ran).toEqual(['sana'])
    expect(errors).toHaveLength(1)
  })

  it('a file queued by a delivery wakes the background drainer', async () => {
    const timer = new ManualTimer()
    const background = createBackground(t.core, { clock: t.clock, timer, generateMonthly: () => Promise.reject(new Error('x')), log: () => {} })
    const dest = await destination(join(work, 'no-esta'), 'Planeación')
    expect(timer.pending.size).toBe(0)
    await queued('informe.pdf', dest)
    // Not started: a stopped scheduler ignores the wake-up.
    expect(timer.pending.size).toBe(0)
    background.start()
    timer.fire()
    await background.dispose()
    timer.pending.clear()
    const restarted = createBackground(t.core, { clock: t.clock, timer, generateMonthly: () => Promise.reject(new Error('x')), log: () => {} })
    restarted.start()
    timer.pending.clear()
    await queued('otro.pdf', dest)
    expect([...timer.pending.values()].map((p) => p.ms)).toEqual([0])
    await restarted.dispose()
  })
})
