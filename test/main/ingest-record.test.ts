import { afterEach, describe, expect, it } from 'vitest'
import { IngestTemplate } from '../../src/shared/contract/archive'
import { recordAssets, type NewAsset } from '../../src/main/ingest/store'
import { makeOffice } from '../support/core'

let office: Awaited<ReturnType<typeof makeOffice>> | null = null
afterEach(async () => {
  await office?.dispose()
  office = null
})

/** An ingest with one pending item per name, written as the scan leaves them. */
async function pendingIngest(names: string[]) {
  office = await makeOffice()
  const db = office.core.db
  const ingest = await db
    .insertInto('ingests')
    .values({ source_path: '/memoria', mode: 'referenciar', volume_label: null, template: '{}', state: 'en_curso', total_files: names.length, total_bytes: 0, started_at: '2026-11-22T12:00:00.000Z', finished_at: null, created_by: office.users.archivista })
    .returning('id')
    .executeTakeFirstOrThrow()
  const items = await db
    .insertInto('ingest_items')
    .values(names.map((relative_path) => ({ ingest_id: ingest.id, relative_path, size: 10, state: 'pendiente' as const, asset_id: null, error: '' })))
    .returning(['id', 'relative_path'])
    .execute()
  return { db, ingestId: ingest.id, items }
}

function newAsset(ingestId: number, item: { id: number; relative_path: string }, sha: string, extra: { keywords?: string[]; warning?: string } = {}): NewAsset {
  return {
    item: { id: item.id, relativePath: item.relative_path, size: 10 },
    ingestId,
    kind: 'foto',
    mime: 'image/jpeg',
    originalName: item.relative_path,
    storageMode: 'referencia',
    masterPath: `/memoria/${item.relative_path}`,
    volumeLabel: null,
    captured: { at: '2026-03-12T15:00:00.000Z', on: '2026-03-12', year: 2026 },
    result: {
      sha256: sha.repeat(64),
      size: 10,
      mtimeMs: 0,
      metadata: { dateTaken: null, offset: null, camera: null, gpsLat: null, gpsLon: null, creator: '', copyright: '', title: '', description: '', keywords: extra.keywords ?? [], width: null, height: null },
      media: null,
      thumbnail: { offset: 100, length: 2000 },
      warning: extra.warning ?? null
    },
    template: IngestTemplate.parse({ keywords: ['Salud'] }),
    nowIso: '2026-11-22T12:00:01.000Z'
  }
}

describe('recording a batch of catalogued files', () => {
  it('answers each file: cancelled, catalogued, the same bytes again in the batch, bytes already catalogued', async () => {
    const { db, ingestId, items } = await pendingIngest(['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg', 'e.jpg'])
    const [a, b, c, d, e] = items
    await recordAssets(db, [newAsset(ingestId, e!, 'e')])
    await db.updateTable('ingest_items').set({ state: 'omitido' }).where('id', '=', a!.id).execute()

    const outcomes = await recordAssets(db, [
      newAsset(ingestId, a!, 'a'),
      newAsset(ingestId, b!, 'b', { keywords: ['salud', 'Vacunación'], warning: 'Sin metadatos.' }),
      newAsset(ingestId, c!, 'b'),
      newAsset(ingestId, d!, 'e')
    ])

    expect(outcomes).toEqual(['omitido', 'catalogado', 'duplicado', 'duplicado'])
    const assets = await db.selectFrom('assets').select(['id', 'sha256', 'original_name', 'embedded_thumb_offset', 'embedded_thumb_length', 'thumb_path']).orderBy('id').execute()
    expect(assets.map((x) => x.original_name)).toEqual(['e.jpg', 'b.jpg'])
    expect(assets[1]).toMatchObject({ embedded_thumb_offset: 100, embedded_thumb_length: 2000, thumb_path: null })
    const byPath = new Map((await db.selectFrom('ingest_items').selectAll().execute()).map((i) => [i.relative_path, i]))
    expect(byPath.get('a.jpg')).toMatchObject({ state: 'omitido', asset_id: null })
    expect(byPath.get('b.jpg')).toMatchObject({ state: 'catalogado', asset_id: assets[1]!.id, error: 'Sin metadatos.' })
    expect(byPath.get('c.jpg')).toMatchObject({ state: 'duplicado', asset_id: assets[1]!.id, error: '' })
    expect(byPath.get('d.jpg')).toMatchObject({ state: 'duplicado', asset_id: assets[0]!.id })
    const keywords = await db.selectFrom('asset_keywords').select('keyword').where('asset_id', '=', assets[1]!.id).orderBy('keyword').execute()
    // The embedded "salud" and the template's "Salud" are one keyword.
    expect(keywords.map((k) => k.keyword)).toEqual(['Salud', 'Vacunación'])
    const indexed = await db.selectFrom('assets').select('search_key').where('id', '=', assets[1]!.id).executeTakeFirstOrThrow()
    expect(indexed.search_key).not.toBeNull()
  })

  it('writes nothing when one row of the batch is refused', async () => {
    const { db, ingestId, items } = await pendingIngest(['a.jpg', 'b.jpg'])
    const bad = newAsset(ingestId, items[1]!, 'b')
    bad.result.thumbnail = { offset: -1, length: 10 }
    await expect(recordAssets(db, [newAsset(ingestId, items[0]!, 'a'), bad])).rejects.toThrow()
    expect(await db.selectFrom('assets').select('id').execute()).toEqual([])
    expect((await db.selectFrom('ingest_items').select('state').execute()).map((i) => i.state)).toEqual(['pendiente', 'pendiente'])
  })
})
