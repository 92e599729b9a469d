import { createHash } from 'node:crypto'
import type { Insertable } from 'kysely'
import { indexAsset } from '../../src/main/archive/search-index'
import type { AssetsTable } from '../../src/main/db/schema'
import type { TestCore } from '../support/core'

export type SeedAsset = Partial<Insertable<AssetsTable>> & { keywords?: string[]; people?: string[] }

let counter = 0

/** What ingest leaves on a freshly catalogued photo, before anyone describes it. */
export const NEW_PHOTO = {
  kind: 'foto',
  size: 1000,
  mime: 'image/jpeg',
  storage_mode: 'copia',
  title: '',
  description: '',
  creator: '',
  credit: '',
  copyright: '',
  place: '',
  city: '',
  rating: 0,
  status: 'sin_catalogar',
  consent_status: 'no_requerida',
  consent_minors: 0,
  consent_scope: '',
  preview_state: 'pendiente',
  created_at: '2026-03-10T14:00:00.000Z',
  updated_at: '2026-03-10T14:00:00.000Z'
} as const satisfies Partial<Insertable<AssetsTable>>

/** An asset written straight into the catalogue (as ingest would leave it) and indexed for search. */
export async function seedAsset(t: Pick<TestCore, 'core'>, fields: SeedAsset = {}): Promise<number> {
  const { keywords = [], people = [], ...row } = fields
  counter += 1
  const name = row.original_name ?? `Foto ${String(counter).padStart(4, '0')}.jpg`
  const capturedOn = row.captured_on === undefined ? '2026-03-01' : row.captured_on
  return t.core.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('assets')
      .values({
        ...NEW_PHOTO,
        sha256: createHash('sha256').update(`${name}-${counter}-${Math.random()}`).digest('hex'),
        master_path: `2026/03/sin-evento/${name}`,
        captured_at: capturedOn ? `${capturedOn}T15:00:00.000Z` : null,
        captured_year: capturedOn ? Number(capturedOn.slice(0, 4)) : null,
        ...row,
        original_name: name,
        captured_on: capturedOn
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (keywords.length > 0) await trx.insertInto('asset_keywords').values(keywords.map((keyword) => ({ asset_id: id, keyword }))).execute()
    if (people.length > 0) await trx.insertInto('asset_people').values(people.map((p) => ({ asset_id: id, name: p }))).execute()
    await indexAsset(trx, id)
    return id
  })
}

export async function seedEvent(t: Pick<TestCore, 'core'>, name: string, date: string | null = null): Promise<number> {
  const { id } = await t.core.db
    .insertInto('archive_events')
    .values({ name, date, place: '', description: '', created_at: '2026-03-10T14:00:00.000Z', updated_at: '2026-03-10T14:00:00.000Z' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
