import type { SocialImportPreview } from '../../../shared/contract'
import type { SocialMetric } from '../../../shared/domain/reports'

export type Platform = NonNullable<SocialImportPreview['detectedPlatform']>

/** "Tiempo de visualización (horas)" → "tiempo de visualizacion horas": how headers are compared. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Columns that date a row: a day (daily exports, one post per row) or a whole month. */
export const DATE_HEADERS = new Set([
  'fecha',
  'date',
  'dia',
  'day',
  'mes',
  'month',
  'periodo',
  'period',
  'fecha de publicacion',
  'hora de publicacion',
  'publish time',
  'time'
])

/** Date headers written in English; their "03/04/2026" is month first unless a value says otherwise. */
export const ENGLISH_DATE_HEADERS = new Set(['date', 'day', 'month', 'period', 'publish time', 'time'])

/**
 * The headers the platforms use for each metric, in Spanish and English, compared whole (never
 * by substring: TikTok's "Visualizaciones del perfil" are not video views).
 */
export const METRIC_HEADERS: Record<SocialMetric, string[]> = {
  followers: [
    'seguidores',
    'followers',
    'total de seguidores',
    'seguidores totales',
    'total followers',
    'seguidores de facebook',
    'seguidores de instagram',
    'seguidores de la pagina',
    'page followers',
    'lifetime total likes'
  ],
  publications: [
    'publicaciones',
    'posts',
    'numero de publicaciones',
    'tweets published',
    'tweets publicados',
    'create post',
    'videos publicados',
    'videos published',
    'published videos'
  ],
  reach: [
    'alcance',
    'reach',
    'alcance de facebook',
    'alcance de instagram',
    'alcance de la pagina',
    'page reach',
    'cuentas alcanzadas',
    'accounts reached',
    'personas alcanzadas',
    'people reached'
  ],
  impressions: ['impresiones', 'impressions', 'impresiones de la pagina', 'page impressions'],
  interactions: [
    'interacciones',
    'engagements',
    'engagement',
    'interacciones con el contenido',
    'content interactions',
    'interacciones totales',
    'total engagements'
  ],
  videoViews: [
    'visualizaciones',
    'views',
    'vistas',
    'video views',
    'visualizaciones de video',
    'visualizaciones de videos',
    'visualizaciones del video',
    'reproducciones',
    'reproducciones de video',
    'reproducciones de videos',
    'video plays'
  ]
}

const METRIC_BY_HEADER = new Map<string, SocialMetric>(
  (Object.entries(METRIC_HEADERS) as [SocialMetric, string[]][]).flatMap(([metric, headers]) => headers.map((h) => [h, metric] as const))
)

export const metricForHeader = (normalized: string): SocialMetric | null => METRIC_BY_HEADER.get(normalized) ?? null

/**
 * Meta Business Suite exports one metric per file: a title line ("Alcance de Facebook") above a
 * "Fecha","Primary" table. The value column is then named after the title.
 */
export const META_VALUE_HEADERS = new Set(['primary', 'principal'])

/** Headers only one platform writes; the platform with most of them in the file is the one. */
const SIGNATURES: Record<Platform, string[]> = {
  meta: [
    'primary',
    'principal',
    'lifetime total likes',
    'alcance de facebook',
    'alcance de instagram',
    'seguidores de facebook',
    'seguidores de instagram',
    'visitas a facebook',
    'visitas al perfil de instagram',
    'interacciones con el contenido',
    'content interactions',
    'cuentas alcanzadas',
    'accounts reached',
    'identificador de la publicacion',
    'reacciones comentarios y veces que se compartio'
  ],
  x: [
    'engagements',
    'engagement rate',
    'tweets published',
    'tweets publicados',
    'create post',
    'new follows',
    'unfollows',
    'reposts',
    'retweets',
    'bookmarks',
    'profile visits',
    'url clicks',
    'user profile clicks'
  ],
  youtube: [
    'watch time hours',
    'tiempo de visualizacion horas',
    'subscribers',
    'suscriptores',
    'impressions click through rate',
    'tasa de clics de las impresiones',
    'average view duration',
    'duracion promedio de las vistas',
    'vistas'
  ],
  tiktok: [
    'video views',
    'visualizaciones de videos',
    'profile views',
    'visualizaciones del perfil',
    'difference in followers from previous day',
    'diferencia de seguidores con respecto al dia anterior',
    'veces compartido'
  ]
}

/** The platform whose own headers the file carries (titles above the table count too); null on a tie. */
export function detectPlatform(normalizedHeaders: string[], titleLines: string[]): Platform | null {
  const titles = titleLines.join(' ')
  const scores = (Object.entries(SIGNATURES) as [Platform, string[]][]).map(([platform, signature]) => {
    let score = normalizedHeaders.filter((h) => signature.includes(h)).length
    if (platform === 'meta' && /\b(facebook|instagram)\b/.test(titles)) score += 1
    return { platform, score }
  })
  scores.sort((a, b) => b.score - a.score)
  const [best, second] = scores
  if (!best || best.score === 0 || (second && second.score === best.score)) return null
  return best.platform
}

/** The summary line some exports add (YouTube Studio's "Total"); Pauta adds the days up itself. */
export const TOTAL_ROW_LABELS = new Set(['total', 'totales', 'total general', 'grand total'])
