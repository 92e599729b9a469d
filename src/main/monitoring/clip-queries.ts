import type { ClipSuggestions, MediaClip, TodayClips, UrlCheck } from '../../shared/contract/monitoring'
import type { Core, Trx } from '../core/context'
import type { Db } from '../db/connection'
import { notFound } from '../core/errors'
import { addTo, emptyCounts } from './tone-counts'
import { normalizeUrl } from './url'

function clipQuery(db: Db | Trx) {
  return db
    .selectFrom('media_clips as c')
    .innerJoin('users as u', 'u.id', 'c.created_by')
    .leftJoin('catalogue_items as d', 'd.id', 'c.dependencia_id')
    .leftJoin('stored_files as f', 'f.id', 'c.attachment_file_id')
    .selectAll('c')
    .select(['u.full_name as created_by_name', 'd.name as dependencia_name', 'f.mime as attachment_mime', 'f.size as attachment_size'])
}

type ClipRow = Awaited<ReturnType<ReturnType<typeof clipQuery>['executeTakeFirstOrThrow']>>

/** Ids of the clips sharing each URL key with another clip. */
async function duplicatesByKey(db: Db | Trx, keys: string[]): Promise<Map<string, number[]>> {
  const map = new Map<string, number[]>()
  if (keys.length === 0) return map
  const rows = await db.selectFrom('media_clips').select(['id', 'url_key']).where('url_key', 'in', [...new Set(keys)]).orderBy('id').execute()
  for (const row of rows) if (row.url_key !== null) map.set(row.url_key, [...(map.get(row.url_key) ?? []), row.id])
  return map
}

async function toClips(core: Core, db: Db | Trx, rows: ClipRow[]): Promise<MediaClip[]> {
  const dupes = await duplicatesByKey(db, rows.flatMap((r) => (r.url_key === null ? [] : [r.url_key])))
  return rows.map((r) => ({
    id: r.id,
    clipDate: r.clip_date,
    medium: r.medium,
    mediumType: r.medium_type,
    program: r.program,
    headline: r.headline,
    url: r.url,
    summary: r.summary,
    tone: r.tone,
    topic: r.topic,
    dependenciaId: r.dependencia_id,
    dependenciaName: r.dependencia_name,
    spokesperson: r.spokesperson,
    reach: r.reach,
    attachment:
      r.attachment_file_id !== null && r.attachment_name !== null
        ? {
            fileId: r.attachment_file_id,
            name: r.attachment_name,
            mime: r.attachment_mime ?? 'application/octet-stream',
            size: r.attachment_size ?? 0,
            url: core.host.mediaUrl(r.attachment_file_id)
          }
        : null,
    duplicateIds: r.url_key === null ? [] : (dupes.get(r.url_key) ?? []).filter((id) => id !== r.id),
    createdById: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  }))
}

export async function listClips(core: Core, date: string): Promise<MediaClip[]> {
  const rows = await clipQuery(core.db).where('c.clip_date', '=', date).orderBy('c.id').execute()
  return toClips(core, core.db, rows)
}

export async function getClip(core: Core, id: number, db: Db | Trx = core.db): Promise<MediaClip> {
  const row = await clipQuery(db).where('c.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('la nota de medios')
  const [clip] = await toClips(core, db, [row])
  return clip!
}

/** Clips already registered under the same normalised URL, newest first. */
export async function findDuplicates(db: Db | Trx, urlKey: string, excludeId?: number) {
  let query = db.selectFrom('media_clips').select(['id', 'clip_date', 'medium', 'headline']).where('url_key', '=', urlKey)
  if (excludeId !== undefined) query = query.where('id', '<>', excludeId)
  const rows = await query.orderBy('clip_date', 'desc').orderBy('id', 'desc').limit(5).execute()
  return rows.map((r) => ({ id: r.id, clipDate: r.clip_date, medium: r.medium, headline: r.headline }))
}

export async function checkUrl(db: Db, url: string, excludeId?: number): Promise<UrlCheck> {
  const normalized = normalizeUrl(url)
  if (normalized === null) return { normalized: null, duplicates: [] }
  return { normalized, duplicates: await findDuplicates(db, normalized, excludeId) }
}

const SUGGESTION_LIMIT = 200

export async function clipSuggestions(db: Db): Promise<ClipSuggestions> {
  const [topics, media, spokespersons] = await Promise.all([
    db
      .selectFrom('media_clips')
      .select(['topic', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('topic')
      .orderBy('n', 'desc')
      .orderBy('topic')
      .limit(SUGGESTION_LIMIT)
      .execute(),
    db
      .selectFrom('media_clips')
      .select(['medium', 'medium_type', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('id').as('last')])
      .groupBy(['medium', 'medium_type'])
      .orderBy('n', 'desc')
      .orderBy('last', 'desc')
      .limit(SUGGESTION_LIMIT)
      .execute(),
    db
      .selectFrom('media_clips')
      .select(['spokesperson', (eb) => eb.fn.countAll<number>().as('n')])
      .where('spokesperson', '<>', '')
      .groupBy('spokesperson')
      .orderBy('n', 'desc')
      .limit(SUGGESTION_LIMIT)
      .execute()
  ])
  // A medium is offered once, with the type it is most often recorded under.
  const seen = new Set<string>()
  const uniqueMedia = media.filter((m) => !seen.has(m.medium) && seen.add(m.medium))
  return {
    topics: topics.map((t) => t.topic),
    media: uniqueMedia.map((m) => ({ medium: m.medium, mediumType: m.medium_type })),
    spokespersons: spokespersons.map((s) => s.spokesperson)
  }
}

const LATEST_ON_HOME = 5

export async function todayClips(db: Db, today: string): Promise<TodayClips> {
  const rows = await db
    .selectFrom('media_clips')
    .select(['id', 'medium', 'headline', 'tone'])
    .where('clip_date', '=', today)
    .orderBy('id', 'desc')
    .execute()
  const counts = emptyCounts()
  for (const row of rows) addTo(counts, row.tone)
  return { date: today, counts, latest: rows.slice(0, LATEST_ON_HOME) }
}
