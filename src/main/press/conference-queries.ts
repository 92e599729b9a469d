import { sql } from 'kysely'
import type { ConferenceClip, ConferenceDetail, ConferenceRow } from '../../shared/contract/press'
import { isoDateInColombia } from '../../shared/dates'
import { hasThumbnail } from '../archive/cards'
import type { Ctx } from '../core/context'
import { notFound } from '../core/errors'
import type { Db } from '../db/connection'
import { addDays } from './week'

export interface ConferenceFilter {
  id?: number
  startsFrom?: string
  startsBefore?: string
  /** Soonest first (Inicio); otherwise newest first. */
  ascending?: boolean
}

const names = (json: string): string[] => JSON.parse(json) as string[]

export async function listConferences(db: Db, filter: ConferenceFilter = {}): Promise<ConferenceRow[]> {
  const count = (table: string, extra = '') =>
    sql<number>`(SELECT count(*) FROM ${sql.table(table)} x WHERE x.conference_id = c.id ${sql.raw(extra)})`
  let q = db
    .selectFrom('press_conferences as c')
    .select(['c.id', 'c.title', 'c.starts_at', 'c.place', 'c.spokespersons', 'c.topics'])
    .select([
      count('press_conference_invitees').as('invited'),
      count('press_conference_invitees', 'AND x.attended = 1').as('attended'),
      count('press_conference_assets').as('assets'),
      count('press_conference_clips').as('clips')
    ])
  if (filter.id !== undefined) q = q.where('c.id', '=', filter.id)
  if (filter.startsFrom !== undefined) q = q.where('c.starts_at', '>=', filter.startsFrom)
  if (filter.startsBefore !== undefined) q = q.where('c.starts_at', '<', filter.startsBefore)
  const rows = await q.orderBy('c.starts_at', filter.ascending ? 'asc' : 'desc').orderBy('c.id').execute()
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: r.starts_at,
    place: r.place,
    spokespersons: names(r.spokespersons),
    topics: names(r.topics),
    invitedCount: Number(r.invited),
    attendedCount: Number(r.attended),
    assetCount: Number(r.assets),
    clipCount: Number(r.clips)
  }))
}

async function linkedClips(db: Db, conferenceId: number): Promise<ConferenceClip[]> {
  const rows = await db
    .selectFrom('press_conference_clips as l')
    .innerJoin('media_clips as k', 'k.id', 'l.clip_id')
    .select(['k.id', 'k.clip_date', 'k.medium', 'k.headline'])
    .where('l.conference_id', '=', conferenceId)
    .orderBy('k.clip_date')
    .orderBy('k.id')
    .execute()
  return rows.map((k) => ({ id: k.id, clipDate: k.clip_date, medium: k.medium, headline: k.headline }))
}

export async function conferenceDetail(ctx: Ctx, id: number): Promise<ConferenceDetail> {
  const { db } = ctx
  const [row] = await listConferences(db, { id })
  if (!row) throw notFound('la rueda de prensa')
  const conference = await db.selectFrom('press_conferences').select('notes').where('id', '=', id).executeTakeFirstOrThrow()
  const invitees = await db
    .selectFrom('press_conference_invitees as i')
    .innerJoin('media_contacts as c', 'c.id', 'i.contact_id')
    .select(['c.id', 'c.full_name', 'c.medium', 'i.attended'])
    .where('i.conference_id', '=', id)
    .orderBy(sql`c.medium COLLATE NOCASE`)
    .orderBy(sql`c.full_name COLLATE NOCASE`)
    .execute()
  const assets = await db
    .selectFrom('press_conference_assets as l')
    .innerJoin('assets as a', 'a.id', 'l.asset_id')
    .select(['a.id', 'a.kind', 'a.title', 'a.original_name', 'a.captured_on', 'a.thumb_path', 'a.embedded_thumb_offset'])
    .where('l.conference_id', '=', id)
    .orderBy('a.captured_at')
    .orderBy('a.id')
    .execute()
  return {
    ...row,
    notes: conference.notes,
    invitees: invitees.map((i) => ({ contactId: i.id, fullName: i.full_name, medium: i.medium, attended: i.attended === 1 })),
    assets: assets.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      originalName: a.original_name,
      capturedOn: a.captured_on,
      thumbUrl: hasThumbnail(a) ? ctx.core.host.assetUrl(a.id, 'thumb') : null
    })),
    clips: await linkedClips(db, id)
  }
}

/** Days after a conference in which a clip can still be one of its results. */
export const CLIP_WINDOW_DAYS = 7

/** Clips of the conference's day and the week after, plus those already linked. */
export async function clipOptions(db: Db, conferenceId: number): Promise<ConferenceClip[]> {
  const conference = await db.selectFrom('press_conferences').select('starts_at').where('id', '=', conferenceId).executeTakeFirst()
  if (!conference) throw notFound('la rueda de prensa')
  const day = isoDateInColombia(new Date(conference.starts_at))
  const rows = await db
    .selectFrom('media_clips as k')
    .select(['k.id', 'k.clip_date', 'k.medium', 'k.headline'])
    .where((eb) =>
      eb.or([
        eb.and([eb('k.clip_date', '>=', day), eb('k.clip_date', '<=', addDays(day, CLIP_WINDOW_DAYS))]),
        eb('k.id', 'in', eb.selectFrom('press_conference_clips').select('clip_id').where('conference_id', '=', conferenceId))
      ])
    )
    .orderBy('k.clip_date')
    .orderBy('k.id')
    .execute()
  return rows.map((k) => ({ id: k.id, clipDate: k.clip_date, medium: k.medium, headline: k.headline }))
}
