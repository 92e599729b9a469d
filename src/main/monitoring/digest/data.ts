import type { DigestPreview, ToneCounts } from '../../../shared/contract/monitoring'
import { MEDIUM_TYPES, type MediumType, type Tone } from '../../../shared/domain/monitoring'
import type { Db } from '../../db/connection'
import { addTo, emptyCounts } from '../tone-counts'

export interface DigestClip {
  medium: string
  mediumType: MediumType
  program: string
  headline: string
  url: string | null
  summary: string
  tone: Tone
  dependencia: string | null
  spokesperson: string
  reach: number | null
}

export interface DigestTopic {
  topic: string
  counts: ToneCounts
  clips: DigestClip[]
}

/** What the daily digest says: the day's clips by topic (most covered first) and by tone. */
export interface DigestData {
  date: string
  entityName: string
  officeName: string
  counts: ToneCounts
  topics: DigestTopic[]
  byMediumType: { mediumType: MediumType; counts: ToneCounts }[]
}

const TONE_ORDER: Record<Tone, number> = { negativo: 0, neutro: 1, positivo: 2 }

export async function loadDigestData(db: Db, date: string): Promise<DigestData> {
  const [entity, rows] = await Promise.all([
    db.selectFrom('entity_settings').select(['entity_name', 'office_name']).executeTakeFirst(),
    db
      .selectFrom('media_clips as c')
      .leftJoin('catalogue_items as d', 'd.id', 'c.dependencia_id')
      .select([
        'c.id',
        'c.medium',
        'c.medium_type',
        'c.program',
        'c.headline',
        'c.url',
        'c.summary',
        'c.tone',
        'c.topic',
        'c.spokesperson',
        'c.reach',
        'd.name as dependencia'
      ])
      .where('c.clip_date', '=', date)
      .orderBy('c.id')
      .execute()
  ])
  const counts = emptyCounts()
  const topics = new Map<string, DigestTopic>()
  const byType = new Map<MediumType, ToneCounts>()
  for (const r of rows) {
    addTo(counts, r.tone)
    // Topics typed with different capitalisation are the same topic.
    const key = r.topic.toLocaleLowerCase('es-CO')
    const topic = topics.get(key) ?? { topic: r.topic, counts: emptyCounts(), clips: [] }
    addTo(topic.counts, r.tone)
    topic.clips.push({
      medium: r.medium,
      mediumType: r.medium_type,
      program: r.program,
      headline: r.headline,
      url: r.url,
      summary: r.summary,
      tone: r.tone,
      dependencia: r.dependencia,
      spokesperson: r.spokesperson,
      reach: r.reach
    })
    topics.set(key, topic)
    byType.set(r.medium_type, addTo(byType.get(r.medium_type) ?? emptyCounts(), r.tone))
  }
  // Directors read the negative notes first: they are the ones that may need an answer.
  for (const topic of topics.values()) topic.clips.sort((a, b) => TONE_ORDER[a.tone] - TONE_ORDER[b.tone])
  return {
    date,
    entityName: entity?.entity_name ?? '',
    officeName: entity?.office_name ?? '',
    counts,
    topics: [...topics.values()].sort((a, b) => b.counts.total - a.counts.total || b.counts.negativo - a.counts.negativo || a.topic.localeCompare(b.topic, 'es')),
    byMediumType: MEDIUM_TYPES.filter((t) => byType.has(t)).map((mediumType) => ({ mediumType, counts: byType.get(mediumType)! }))
  }
}

export function toPreview(data: DigestData): DigestPreview {
  return {
    date: data.date,
    counts: data.counts,
    byTopic: data.topics.map((t) => ({ topic: t.topic, ...t.counts })),
    byMediumType: data.byMediumType.map((t) => ({ mediumType: t.mediumType, ...t.counts }))
  }
}

const longDate = new Intl.DateTimeFormat('es-CO', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "martes, 10 de marzo de 2026". */
export const formatLongDate = (isoDate: string): string => longDate.format(new Date(`${isoDate}T12:00:00Z`))
