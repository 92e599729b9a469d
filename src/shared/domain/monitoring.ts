/** Kinds of media a clip comes from; the values are the CHECK list of media_clips.medium_type. */
export const MEDIUM_TYPES = ['prensa', 'radio', 'television', 'portal_digital', 'red_social'] as const
export type MediumType = (typeof MEDIUM_TYPES)[number]
export const MEDIUM_TYPE_LABELS: Record<MediumType, string> = {
  prensa: 'Prensa',
  radio: 'Radio',
  television: 'Televisión',
  portal_digital: 'Portal digital',
  red_social: 'Red social'
}

/** How a clip speaks of the entity; the values are the CHECK list of media_clips.tone. */
export const TONES = ['positivo', 'neutro', 'negativo'] as const
export type Tone = (typeof TONES)[number]
export const TONE_LABELS: Record<Tone, string> = {
  positivo: 'Positivo',
  neutro: 'Neutro',
  negativo: 'Negativo'
}
/** One colour per tone, shared by badges, charts and the digest. */
export const TONE_COLORS: Record<Tone, { mantine: string; hex: string }> = {
  positivo: { mantine: 'teal', hex: '#0c8a5f' },
  neutro: { mantine: 'gray', hex: '#6b7785' },
  negativo: { mantine: 'red', hex: '#c0392b' }
}

export const TREND_GRANULARITIES = ['semana', 'mes'] as const
export type TrendGranularity = (typeof TREND_GRANULARITIES)[number]
export const TREND_GRANULARITY_LABELS: Record<TrendGranularity, string> = { semana: 'Semanal', mes: 'Mensual' }

/** The kind under which the daily digest's files are kept among the generated files. */
export const DIGEST_FILE_KIND = 'boletin_medios'
export const DIGEST_NAME = 'Boletín diario de medios'
