export const REPORT_KINDS = ['mensual', 'seguimiento_plan', 'inventario_archivo', 'ficha_pieza'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  mensual: 'Informe mensual de gestión',
  seguimiento_plan: 'Seguimiento al Plan de Comunicaciones',
  inventario_archivo: 'Inventario del material audiovisual',
  ficha_pieza: 'Ficha de la pieza'
}

export const SPREADSHEET_LISTS = ['piezas', 'solicitudes', 'actividades', 'publicaciones', 'redes', 'archivo'] as const
export type SpreadsheetList = (typeof SPREADSHEET_LISTS)[number]
export const SPREADSHEET_LIST_LABELS: Record<SpreadsheetList, string> = {
  piezas: 'Piezas',
  solicitudes: 'Solicitudes',
  actividades: 'Actividades del plan con su ejecución',
  publicaciones: 'Publicaciones',
  redes: 'Estadísticas de redes sociales',
  archivo: 'Inventario del material audiovisual'
}

export const SPREADSHEET_FORMATS = ['xlsx', 'csv'] as const
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number]

export const SOCIAL_NETWORKS = ['facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number]
export const SOCIAL_NETWORK_LABELS: Record<SocialNetwork, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  tiktok: 'TikTok'
}

/** The monthly figures kept per network; all are whole numbers ≥ 0, null when not reported. */
export const SOCIAL_METRICS = ['followers', 'publications', 'reach', 'impressions', 'interactions', 'videoViews'] as const
export type SocialMetric = (typeof SOCIAL_METRICS)[number]
export const SOCIAL_METRIC_LABELS: Record<SocialMetric, string> = {
  followers: 'Seguidores',
  publications: 'Publicaciones',
  reach: 'Alcance',
  impressions: 'Impresiones',
  interactions: 'Interacciones',
  videoViews: 'Reproducciones de video'
}

export const OUTBOX_STATES = ['pendiente', 'entregado', 'fallido', 'cancelado'] as const
export type OutboxState = (typeof OUTBOX_STATES)[number]
export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  pendiente: 'Pendiente de envío',
  entregado: 'Entregado',
  fallido: 'Sin entregar (reintentando)',
  cancelado: 'Cancelado'
}

export const BACKUP_TIERS = ['diaria', 'semanal', 'mensual'] as const
export type BackupTier = (typeof BACKUP_TIERS)[number]
/** How many backups of each tier are kept: 7 daily, 4 weekly, 12 monthly. */
export const BACKUP_RETENTION: Record<BackupTier, number> = { diaria: 7, semanal: 4, mensual: 12 }
