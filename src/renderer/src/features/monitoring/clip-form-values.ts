import type { ClipInput, MediaClip } from '../../../../shared/contract/monitoring'
import type { MediumType, Tone } from '../../../../shared/domain/monitoring'

export interface ClipFormValues {
  clipDate: string | null
  medium: string
  mediumType: MediumType | null
  program: string
  headline: string
  url: string
  summary: string
  tone: Tone
  topic: string
  dependenciaId: number | null
  spokesperson: string
  reach: number | string
  confirmDuplicate: boolean
}

export const blankClip = (clipDate: string | null, medium = '', mediumType: MediumType | null = null): ClipFormValues => ({
  clipDate,
  medium,
  mediumType,
  program: '',
  headline: '',
  url: '',
  summary: '',
  tone: 'neutro',
  topic: '',
  dependenciaId: null,
  spokesperson: '',
  reach: '',
  confirmDuplicate: false
})

export const valuesOf = (clip: MediaClip): ClipFormValues => ({
  clipDate: clip.clipDate,
  medium: clip.medium,
  mediumType: clip.mediumType,
  program: clip.program,
  headline: clip.headline,
  url: clip.url ?? '',
  summary: clip.summary,
  tone: clip.tone,
  topic: clip.topic,
  dependenciaId: clip.dependenciaId,
  spokesperson: clip.spokesperson,
  reach: clip.reach ?? '',
  confirmDuplicate: false
})

/** The form's values as the contract takes them; the form's validation ran first, so the required ones are there. */
export const toInput = (v: ClipFormValues): ClipInput => ({
  clipDate: v.clipDate ?? '',
  medium: v.medium,
  mediumType: v.mediumType ?? 'prensa',
  program: v.program,
  headline: v.headline,
  url: v.url,
  summary: v.summary,
  tone: v.tone,
  topic: v.topic,
  dependenciaId: v.dependenciaId,
  spokesperson: v.spokesperson,
  reach: typeof v.reach === 'number' ? v.reach : null,
  confirmDuplicate: v.confirmDuplicate
})

export const looksLikeWebUrl = (url: string) => /^https?:\/\/[^\s/]+\.[^\s]*/i.test(url.trim())

export const clipValidation = {
  clipDate: (v: string | null) => (v ? null : 'Escriba la fecha de la nota (dd/mm/aaaa).'),
  medium: (v: string) => (v.trim() ? null : 'Escriba el medio.'),
  mediumType: (v: MediumType | null) => (v ? null : 'Elija el tipo de medio.'),
  headline: (v: string) => (v.trim() ? null : 'Escriba el titular.'),
  topic: (v: string) => (v.trim() ? null : 'Escriba el tema.'),
  url: (v: string) => (v.trim() === '' || looksLikeWebUrl(v) ? null : 'Escriba una URL completa que empiece por http:// o https://.')
}
