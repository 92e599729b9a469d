import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Ctx } from '../../src/main/core/context'
import { fixityIdle } from '../../src/main/fixity/engine'
import { loadArchiveInventory } from '../../src/main/reports/archive-inventory/data'
import { isoDateInColombia } from '../../src/shared/dates'
import { makeOffice, type TestCore } from '../support/core'
import { masterFile, seedMaster, sha256, verify } from './fixity-support'

let o: TestCore
afterEach(async () => {
  if (o) await fixityIdle(o.core)
  await o?.dispose()
})

describe('fixity runs', () => {
  it('finds every intact master ok and records the run with its audit', async () => {
    o = await makeOffice()
    await seedMaster(o, 'a.jpg', 'foto a')
    await seedMaster(o, 'b.jpg', 'foto b')
    const run = await verify(o)
    expect(run).toMatchObject({ scope: 'todo', state: 'terminada', total: 2, checked: 2, ok: 2, changed: 0, missing: 0, problems: [], createdByName: 'Rosa Castro' })
    expect(run.finishedAt).not.toBeNull()
    const checks = await o.core.db.selectFrom('fixity_checks').select(['result']).where('run_id', '=', run.id).execute()
    expect(checks.map((c) => c.result)).toEqual(['ok', 'ok'])
    const audit = await o.core.db.selectFrom('audit_log').select(['action', 'summary']).where('action', 'like', 'fixity.%').orderBy('id').execute()
    expect(audit).toEqual([
      { action: 'fixity.start', summary: 'Inició la verificación de integridad de todo el archivo (2 originales).' },
      { action: 'fixity.finish', summary: 'Terminó la verificación de integridad de 2 originales: 2 íntegros, 0 cambiados y 0 faltantes.' }
    ])
  })

  it('reports a changed byte as cambiado and a deleted file as faltante, with where it should be', async () => {
    o = await makeOffice()
    await seedMaster(o, 'intacta.jpg', 'contenido intacto')
    const changed = await seedMaster(o, 'cambiada.jpg', 'contenido original')
    const deleted = await seedMaster(o, 'borrada.jpg', 'contenido borrado')
    writeFileSync(masterFile(o, 'cambiada.jpg'), 'contenido originaL')
    unlinkSync(masterFile(o, 'borrada.jpg'))
    const run = await verify(o)
    expect(run).toMatchObject({ total: 3, checked: 3, ok: 1, changed: 1, missing: 1 })
    expect(run.problems).toEqual([
      expect.objectContaining({ assetId: changed, name: 'cambiada.jpg', result: 'cambiado', expectedPath: masterFile(o, 'cambiada.jpg') }),
      expect.objectContaining({ assetId: deleted, name: 'borrada.jpg', result: 'faltante', detail: 'El original no está en la carpeta del archivo de Pauta.' })
    ])
  })

  it('counts a master on a disconnected drive as faltante and names the drive', async () => {
    o = await makeOffice()
    const id = await seedMaster(o, 'x.jpg', 'x', {
      storage_mode: 'referencia',
      master_path: join(o.dir, 'unidad-ausente', 'Fotos', 'x.jpg'),
      volume_label: 'ARCHIVO_2025'
    })
    const run = await verify(o)
    expect(run.problems).toEqual([expect.objectContaining({ assetId: id, result: 'faltante', detail: 'La unidad «ARCHIVO_2025» no está conectada.' })])
  })

  it('checks only the selected masters', async () => {
    o = await makeOffice()
    const a = await seedMaster(o, 'a.jpg', 'a')
    await seedMaster(o, 'b.jpg', 'b')
    unlinkSync(masterFile(o, 'b.jpg'))
    const run = await verify(o, [a])
    expect(run).toMatchObject({ scope: 'seleccion', total: 1, checked: 1, ok: 1, missing: 0 })
    const checked = await o.core.db.selectFrom('fixity_checks').select('asset_id').execute()
    expect(checked.map((c) => c.asset_id)).toEqual([a])
  })

  it('refuses a selection with an asset that does not exist, and an empty archive', async () => {
    o = await makeOffice()
    expect((await o.callError('archivista', 'fixity', 'run', {})).code).toBe('VALIDATION')
    const a = await seedMaster(o, 'a.jpg', 'a')
    expect((await o.callError('archivista', 'fixity', 'run', { assetIds: [a, 9999] })).code).toBe('VALIDATION')
    expect(await o.core.db.selectFrom('fixity_runs').select('id').execute()).toEqual([])
  })

  it('cancels a run in progress: it stops and is recorded as cancelada', async () => {
    o = await makeOffice()
    for (let i = 0; i < 30; i += 1) await seedMaster(o, `f${i}.jpg`, `foto ${i}`)
    const run = await o.call('jefe', 'fixity', 'run', {})
    const cancelled = await o.call('jefe', 'fixity', 'cancel', { id: run.id })
    expect(cancelled.state).toBe('cancelada')
    await fixityIdle(o.core)
    const after = await o.call('jefe', 'fixity', 'get', { id: run.id })
    expect(after.state).toBe('cancelada')
    expect(after.checked).toBeLessThan(30)
    expect((await o.callError('jefe', 'fixity', 'cancel', { id: run.id })).code).toBe('INVALID_TRANSITION')
    const actions = await o.core.db.selectFrom('audit_log').select('action').where('action', 'like', 'fixity.%').orderBy('id').execute()
    expect(actions.map((a) => a.action)).toEqual(['fixity.start', 'fixity.cancel'])
  })

  it('refuses a second run while one is en curso', async () => {
    o = await makeOffice()
    for (let i = 0; i < 10; i += 1) await seedMaster(o, `f${i}.jpg`, `foto ${i}`)
    await o.call('jefe', 'fixity', 'run', {})
    expect((await o.callError('archivista', 'fixity', 'run', {})).code).toBe('INVALID_TRANSITION')
  })

  it('lets only the jefe and the archivist verify, cancel or relocate', async () => {
    o = await makeOffice()
    await seedMaster(o, 'a.jpg', 'a')
    for (const role of ['profesional', 'audiovisual', 'administrador', 'disenador']) {
      expect((await o.callError(role, 'fixity', 'run', {})).code).toBe('FORBIDDEN')
      expect((await o.callError(role, 'fixity', 'relocate', { fromPrefix: '/a', toPrefix: '/b' })).code).toBe('FORBIDDEN')
    }
    const run = await verify(o)
    expect((await o.callError('audiovisual', 'fixity', 'cancel', { id: run.id })).code).toBe('FORBIDDEN')
    expect(await o.call('audiovisual', 'fixity', 'runs')).toHaveLength(1)
  })
})

describe('relocating a moved folder', () => {
  it('repoints only the masters found with the same SHA-256 and reports the rest', async () => {
    o = await makeOffice()
    const oldDir = join(o.dir, 'viejo', 'Fotos')
    const newDir = join(o.dir, 'nuevo', 'Fotos 2025')
    mkdirSync(newDir, { recursive: true })
    const ref = (name: string, content: string) =>
      seedMaster(o, name, content, { storage_mode: 'referencia', master_path: join(oldDir, 'evento', name), volume_label: 'USB', sha256: sha256(content) })
    const same = await ref('igual.jpg', 'igual')
    const other = await ref('distinta.jpg', 'distinta')
    const gone = await ref('ausente.jpg', 'ausente')
    // A sibling folder sharing the prefix's text is not inside it.
    const sibling = await seedMaster(o, 'vecina.jpg', 'vecina', { storage_mode: 'referencia', master_path: join(o.dir, 'viejo', 'Fotos-bis', 'vecina.jpg') })
    mkdirSync(join(newDir, 'evento'))
    writeFileSync(join(newDir, 'evento', 'igual.jpg'), 'igual')
    writeFileSync(join(newDir, 'evento', 'distinta.jpg'), 'otro contenido')
    const result = await o.call('archivista', 'fixity', 'relocate', { fromPrefix: `${oldDir}/`, toPrefix: newDir })
    expect(result).toEqual({
      candidates: 3,
      matched: 1,
      notFound: [{ assetId: gone, name: 'ausente.jpg', path: join(newDir, 'evento', 'ausente.jpg') }],
      different: [{ assetId: other, name: 'distinta.jpg', path: join(newDir, 'evento', 'distinta.jpg') }]
    })
    const rows = await o.core.db.selectFrom('assets').select(['id', 'master_path', 'volume_label']).orderBy('id').execute()
    expect(rows).toEqual([
      { id: same, master_path: join(newDir, 'evento', 'igual.jpg'), volume_label: null },
      { id: other, master_path: join(oldDir, 'evento', 'distinta.jpg'), volume_label: 'USB' },
      { id: gone, master_path: join(oldDir, 'evento', 'ausente.jpg'), volume_label: 'USB' },
      { id: sibling, master_path: join(o.dir, 'viejo', 'Fotos-bis', 'vecina.jpg'), volume_label: null }
    ])
    const audit = await o.core.db.selectFrom('audit_log').select('summary').where('action', '=', 'fixity.relocate').execute()
    expect(audit).toEqual([{ summary: `Reubicó 1 de 3 originales de «${oldDir}» a «${newDir}» (1 no encontrados, 1 con contenido distinto).` }])
    const run = await verify(o, [same])
    expect(run.ok).toBe(1)
  })

  it('says so when no referenced master is in the old folder, and writes nothing', async () => {
    o = await makeOffice()
    await seedMaster(o, 'a.jpg', 'a')
    const error = await o.callError('archivista', 'fixity', 'relocate', { fromPrefix: '/media/no-existe', toPrefix: '/media/otra' })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.fromPrefix).toBeDefined()
    expect(await o.core.db.selectFrom('audit_log').select('id').where('action', '=', 'fixity.relocate').execute()).toEqual([])
  })
})

describe('inventory report fixity figures', () => {
  it('come from each master’s latest check', async () => {
    o = await makeOffice()
    const now = o.clock.now()
    const ctx: Ctx = { core: o.core, db: o.core.db, clientId: 'tarea', now, nowIso: now.toISOString(), today: isoDateInColombia(now), user: null }
    expect((await loadArchiveInventory(ctx)).inventory.fixity).toEqual({ lastCheckAt: null, checked: 0, failed: 0 })
    await seedMaster(o, 'a.jpg', 'a')
    const b = await seedMaster(o, 'b.jpg', 'b')
    await seedMaster(o, 'c.jpg', 'c')
    rmSync(masterFile(o, 'b.jpg'))
    await verify(o)
    expect((await loadArchiveInventory(ctx)).inventory.fixity).toEqual({ lastCheckAt: '2026-03-10T14:00:00.000Z', checked: 3, failed: 1 })
    writeFileSync(masterFile(o, 'b.jpg'), 'b')
    o.clock.set('2026-03-12T16:00:00Z')
    await verify(o, [b])
    expect((await loadArchiveInventory(ctx)).inventory.fixity).toEqual({ lastCheckAt: '2026-03-12T16:00:00.000Z', checked: 3, failed: 0 })
  })
})
