import { z } from 'zod'
import { MEDIUM_TYPES, TONES, TREND_GRANULARITIES, type MediumType, type Tone, type TrendGranularity } from '../domain/monitoring'
import { Empty, Id, IsoDate, optionalText, requiredText } from './common'
import { method } from './define'
import type { DeliveryResult } from './delivery'
import type { GeneratedFile } from './reports'

export interface ClipAttachment {
  fileId: number
  name: string
  mime: string
  size: number
  url: string
}

/** A piece of news about the entity in a medium. */
export interface MediaClip {
  id: number
  clipDate: string
  medium: string
  mediumType: MediumType
  program: string
  headline: string
  url: string | null
  summary: string
  tone: Tone
  topic: string
  dependenciaId: number | null
  dependenciaName: string | null
  spokesperson: string
  reach: number | null
  attachment: ClipAttachment | null
  /** Other clips whose URL is the same once normalised. */
  duplicateIds: number[]
  createdById: number
  createdByName: string
  createdAt: string
  updatedAt: string
}

export interface ClipDuplicate {
  id: number
  clipDate: string
  medium: string
  headline: string
}

export interface UrlCheck {
  /** The URL as compared: lowercase scheme and host, without fragment or tracking parameters. */
  normalized: string | null
  duplicates: ClipDuplicate[]
}

/** Earlier values, most used first, offered while typing. */
export interface ClipSuggestions {
  topics: string[]
  media: { medium: string; mediumType: MediumType }[]
  spokespersons: string[]
}

export type ToneCounts = Record<Tone, number> & { total: number }

export interface DigestPreview {
  date: string
  counts: ToneCounts
  byTopic: ({ topic: string } & ToneCounts)[]
  byMediumType: ({ mediumType: MediumType } & ToneCounts)[]
}

/** A generated daily digest: the same content as a PDF and as an HTML file for email. */
export interface MediaDigest {
  id: number
  date: string
  clipCount: number
  pdf: GeneratedFile
  html: GeneratedFile
  createdAt: string
  createdByName: string
}

export interface TrendPeriod {
  /** First day of the week (Monday) or of the month, "aaaa-mm-dd". */
  start: string
  /** "Semana del 09/03/2026" or "marzo de 2026". */
  label: string
  counts: ToneCounts
}

export interface MonitoringTrends {
  granularity: TrendGranularity
  from: string
  to: string
  periods: TrendPeriod[]
  topTopics: ({ topic: string } & ToneCounts)[]
}

export interface TodayClips {
  date: string
  counts: ToneCounts
  latest: { id: number; medium: string; headline: string; tone: Tone }[]
}

function isWebUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false
  try {
    const parsed = new URL(value)
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0
  } catch {
    return false
  }
}

/** Empty means "no URL"; anything else must be a complete web address. */
export const ClipUrl = z
  .string()
  .trim()
  .max(2000, 'La URL admite como máximo 2000 caracteres.')
  .refine((v) => v === '' || isWebUrl(v), 'Escriba una URL completa que empiece por http:// o https://.')
  .transform((v) => (v === '' ? null : v))

export const ClipFields = z.object({
  clipDate: IsoDate,
  medium: requiredText('El medio', 120),
  mediumType: z.enum(MEDIUM_TYPES, { message: 'Elija el tipo de medio.' }),
  program: optionalText('El programa o sección', 160),
  headline: requiredText('El titular', 300),
  url: ClipUrl.default(null),
  summary: optionalText('El resumen', 4000),
  tone: z.enum(TONES, { message: 'Elija el tono.' }),
  topic: requiredText('El tema', 120),
  dependenciaId: Id.nullable().default(null),
  spokesperson: optionalText('El vocero', 160),
  reach: z.number().int('Use números enteros.').min(0, 'El alcance no puede ser negativo.').max(10_000_000_000).nullable().default(null),
  /** Saving a clip whose URL is already registered needs this, after the user saw the warning. */
  confirmDuplicate: z.boolean().default(false)
})
export type ClipInput = z.input<typeof ClipFields>

const DateRange = z
  .object({ granularity: z.enum(TREND_GRANULARITIES), from: IsoDate, to: IsoDate })
  .refine((r) => r.to >= r.from, { message: 'La fecha final no puede ser anterior a la inicial.', path: ['to'] })

export const monitoringContract = {
  /** The clips of one day, in the order they were entered. */
  list: method(z.object({ date: IsoDate })).returns<MediaClip[]>(),
  get: method(z.object({ id: Id })).returns<MediaClip>(),
  create: method(ClipFields).returns<MediaClip>(),
  update: method(ClipFields.extend({ id: Id })).returns<MediaClip>(),
  remove: method(z.object({ id: Id })).returns<null>(),
  /** Opens the system picker for a screenshot, PDF or audio and keeps it with the clip; unchanged when cancelled. */
  attach: method(z.object({ id: Id })).returns<MediaClip>(),
  detach: method(z.object({ id: Id })).returns<MediaClip>(),
  /** Clips already registered with the same URL once normalised (the form warns while typing). */
  checkUrl: method(z.object({ url: z.string().max(2000), excludeId: Id.optional() })).returns<UrlCheck>(),
  suggestions: method(Empty).returns<ClipSuggestions>(),
  digestPreview: method(z.object({ date: IsoDate })).returns<DigestPreview>(),
  generateDigest: method(z.object({ date: IsoDate })).returns<MediaDigest>(),
  /** The last digest generated for a date, or null. */
  latestDigest: method(z.object({ date: IsoDate })).returns<MediaDigest | null>(),
  /** Sends both files of a digest to a destination folder, or to the outbox when it is unreachable. */
  sendDigest: method(z.object({ digestId: Id, destinationId: Id })).returns<DeliveryResult[]>(),
  trends: method(DateRange).returns<MonitoringTrends>(),
  /** Today's clips by tone, for Inicio. */
  today: method(Empty).returns<TodayClips>()
}
