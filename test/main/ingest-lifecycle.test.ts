import { rmSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { startCore, type RunningCore } from '../../src/main/core/create-core'
import { engineOf, resumeIngests } from '../../src/main/ingest/engine'
import { makeOffice } from '../support/core'
import { settle, sourceFolder, writePhoto } from './ingest-support'

type Office = Awaited<ReturnType<typeof makeOffice>>
const cleanups: (() => Promise<void> | void)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function setup(files: number): Promise<{ t: Office; src: string }> {
  const t = await makeOffice()
  cleanups.push(() => t.dispose())
  const src = sourceFolder()
  cleanups.push(() => rmSync(src, { recursive: true, force: true }))
  for (let i = 0; i < files; i++) await writePhoto(src, `foto ${String(i).padStart(3, '0')}.jpg`, i, { dateTaken: '2026:04:01 10:00:00', thumbnail: true })
  return { t, src }
}

const itemStates = async (db: RunningCore['core']['db'], ingestId: number) => {
  const rows = await db.selectFrom('ingest_items').select('state').where('ingest_id', '=', ingestId).execute()
  const counts: Record<string, number> = {}
  for (const r of rows) counts[r.state] = (counts[r.state] ?? 0) + 1
  return counts
}

describe('ingest: pause, resume and cancel', () => {
  it('pause stops handing out files, resume finishes the batch', async () => {
    const { t, src } = await setup(40)
    const job = await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'referenciar' })
    const paused = await t.call('archivista', 'ingest', 'pause', { id: job.id })
    expect(paused.state).toBe('pausada')
    expect(paused.filesPerSecond).toBeNull()
    await settle(t.core)
    const during = await itemStates(t.core.db, job.id)
    expect(during.pendiente ?? 0).toBeGreaterThan(0)
    await sleep(200)
    expect(await itemStates(t.core.db, job.id)).toEqual(during)
    expect((await t.callError('archivista', 'ingest', 'pause', { id: job.id })).code).toBe('INVALID_TRANSITION')
    expect((await t.callError('profesional', 'ingest', 'resume', { id: job.id })).code).toBe('FORBIDDEN')

    await t.call('archivista', 'ingest', 'resume', { id: job.id })
    await settle(t.core)
    expect(await t.call('archivista', 'ingest', 'get', { id: job.id })).toMatchObject({ state: 'terminada', catalogued: 40, doneFiles: 40, previewsPending: 0 })
    const actions = await t.core.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'ingest').orderBy('id').execute()
    expect(actions.map((a) => a.action)).toEqual(['ingest.start', 'ingest.pause', 'ingest.resume', 'ingest.finish'])
  })

  it('cancel marks the remaining files "omitido" and keeps what was already catalogued', async () => {
    const { t, src } = await setup(40)
    const job = await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'copiar' })
    const cancelled = await t.call('archivista', 'ingest', 'cancel', { id: job.id })
    expect(cancelled.state).toBe('cancelada')
    await settle(t.core)
    const states = await itemStates(t.core.db, job.id)
    expect(states.pendiente).toBeUndefined()
    expect(states.omitido ?? 0).toBeGreaterThan(0)
    const assets = await t.core.db.selectFrom('assets').select('id').execute()
    expect(assets).toHaveLength(states.catalogado ?? 0)
    expect(await t.call('archivista', 'ingest', 'get', { id: job.id })).toMatchObject({ state: 'cancelada', doneFiles: 40 })
    expect((await t.callError('archivista', 'ingest', 'cancel', { id: job.id })).code).toBe('INVALID_TRANSITION')
  })
})

describe('ingest: resume after a forced close', () => {
  it('continues with the pending files on the next start; every file is catalogued exactly once', async () => {
    const { t, src } = await setup(100)
    const job = await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'copiar' })
    let live = await t.call('archivista', 'ingest', 'get', { id: job.id })
    while (live.catalogued < 2) {
      await sleep(5)
      live = await t.call('archivista', 'ingest', 'get', { id: job.id })
    }
    expect(live.filesPerSecond).toBeGreaterThan(0)
    expect(live.secondsLeft).toBeGreaterThan(0)
    // Closing mid-ingest: files in flight finish, the rest stays pending and the job "en curso".
    await t.close()

    const reopened = await startCore({ dataDir: t.dir, host: t.host, clock: t.clock, log: () => {} })
    cleanups.push(() => reopened.close())
    const before = await itemStates(reopened.core.db, job.id)
    expect(before.pendiente ?? 0).toBeGreaterThan(0)
    expect((await reopened.core.db.selectFrom('ingests').select('state').where('id', '=', job.id).executeTakeFirstOrThrow()).state).toBe('en_curso')

    await resumeIngests(reopened.core)
    await settle(reopened.core)
    expect(await itemStates(reopened.core.db, job.id)).toEqual({ catalogado: 100 })
    const assets = await reopened.core.db.selectFrom('assets').select(['id', 'master_path', 'preview_state']).execute()
    expect(assets).toHaveLength(100)
    // No master was copied twice ("foto 001 (2).jpg") and every preview was made.
    expect(assets.filter((a) => a.master_path.includes(' (2)'))).toEqual([])
    expect(assets.every((a) => a.preview_state === 'lista')).toBe(true)
    const ids = (await reopened.core.db.selectFrom('ingest_items').select('asset_id').where('ingest_id', '=', job.id).execute()).map((i) => i.asset_id)
    expect(new Set(ids).size).toBe(100)
    const state = await reopened.core.db.selectFrom('ingests').select('state').where('id', '=', job.id).executeTakeFirstOrThrow()
    expect(state.state).toBe('terminada')
  })

  it('a start with background work resumes the pending ingest on its own', async () => {
    const { t, src } = await setup(30)
    const job = await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'referenciar' })
    await t.call('archivista', 'ingest', 'pause', { id: job.id })
    await settle(t.core)
    // Stopped mid-way by the pause, then left "en curso" as a crash leaves it.
    await t.core.db.updateTable('ingests').set({ state: 'en_curso' }).where('id', '=', job.id).execute()
    await t.close()

    const reopened = await startCore({ dataDir: t.dir, host: t.host, clock: t.clock, log: () => {}, background: true })
    cleanups.push(() => reopened.close())
    for (let i = 0; i < 400; i++) {
      const row = await reopened.core.db.selectFrom('ingests').select('state').where('id', '=', job.id).executeTakeFirstOrThrow()
      if (row.state === 'terminada') break
      await sleep(25)
    }
    await settle(reopened.core)
    expect(await itemStates(reopened.core.db, job.id)).toEqual({ catalogado: 30 })
    expect(await reopened.core.db.selectFrom('assets').select('id').execute()).toHaveLength(30)
  })
})

describe('ingest: a worker killed by a file', () => {
  it('tries that file once more on a fresh worker, then reports it; every other file is catalogued exactly once', async () => {
    const { t, src } = await setup(12)
    await writePhoto(src, 'foto crash.jpg', 99, { dateTaken: '2026:04:01 10:00:00', thumbnail: true })
    engineOf(t.core, new URL('../fixtures/ingest/dying-worker.mjs', import.meta.url))
    const job = await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'referenciar' })
    await settle(t.core)
    expect(await itemStates(t.core.db, job.id)).toEqual({ catalogado: 12, fallido: 1 })
    const failed = await t.core.db.selectFrom('ingest_items').select(['relative_path', 'error']).where('state', '=', 'fallido').execute()
    expect(failed).toEqual([{ relative_path: 'foto crash.jpg', error: 'El proceso de lectura falló con este archivo; puede estar dañado.' }])
    const ids = (await t.core.db.selectFrom('ingest_items').select('asset_id').where('state', '=', 'catalogado').execute()).map((i) => i.asset_id)
    expect(new Set(ids).size).toBe(12)
    expect(await t.core.db.selectFrom('assets').select('id').execute()).toHaveLength(12)
    expect(await t.call('archivista', 'ingest', 'get', { id: job.id })).toMatchObject({ state: 'terminada', catalogued: 12, failed: 1 })
  })
})
