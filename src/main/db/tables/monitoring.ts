import type { ColumnType, Generated } from 'kysely'

/** A nullable column inserts may leave out (it defaults to NULL). */
type OptionalNullable<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface MediaClipsTable {
  id: Generated<number>
  /** Colombian date "aaaa-mm-dd". */
  clip_date: string
  medium: string
  medium_type: 'prensa' | 'radio' | 'television' | 'portal_digital' | 'red_social'
  program: string
  headline: string
  url: string | null
  summary: string
  tone: 'positivo' | 'neutro' | 'negativo'
  topic: string
  dependencia_id: number | null
  spokesperson: string
  reach: number | null
  attachment_file_id: number | null
  created_by: number
  created_at: string
  updated_at: string
  /** The normalised URL duplicates are found by; null exactly when url is null. */
  url_key: OptionalNullable<string>
  /** The attachment's original file name; null exactly when there is no attachment. */
  attachment_name: OptionalNullable<string>
}

export interface MediaDigestsTable {
  id: Generated<number>
  /** Colombian date "aaaa-mm-dd" of the clips it gathers. */
  digest_date: string
  clip_count: number
  pdf_generated_id: number
  html_generated_id: number
  created_by: number
  created_at: string
}

export interface MonitoringTables {
  media_clips: MediaClipsTable
  media_digests: MediaDigestsTable
}
