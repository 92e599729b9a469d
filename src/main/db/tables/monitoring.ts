import type { Generated } from 'kysely'

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
}

export interface MonitoringTables {
  media_clips: MediaClipsTable
}
