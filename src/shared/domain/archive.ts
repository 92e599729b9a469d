export const ASSET_KINDS = ['foto', 'video', 'audio', 'diseno', 'documento', 'otro'] as const
export type AssetKind = (typeof ASSET_KINDS)[number]
export const ASSET_KIND_LABELS: Record<AssetKind, string> = {
  foto: 'Fotografía',
  video: 'Video',
  audio: 'Audio',
  diseno: 'Diseño',
  documento: 'Documento',
  otro: 'Otro'
}

export const CATALOGUE_STATUSES = ['sin_catalogar', 'catalogado', 'revisado'] as const
export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number]
export const CATALOGUE_STATUS_LABELS: Record<CatalogueStatus, string> = {
  sin_catalogar: 'Sin catalogar',
  catalogado: 'Catalogado',
  revisado: 'Revisado'
}

/** Autorización de uso de imagen (Ley 1581 de 2012). "vencida" is derived: otorgada with an expiry before today. */
export const CONSENT_STATUSES = ['no_requerida', 'pendiente', 'otorgada', 'negada'] as const
export type ConsentStatus = (typeof CONSENT_STATUSES)[number]
export type ConsentView = ConsentStatus | 'vencida'
export const CONSENT_LABELS: Record<ConsentView, string> = {
  no_requerida: 'No requerida',
  pendiente: 'Pendiente',
  otorgada: 'Otorgada',
  negada: 'Negada',
  vencida: 'Vencida'
}

export const INGEST_MODES = ['copiar', 'referenciar'] as const
export type IngestMode = (typeof INGEST_MODES)[number]
export const INGEST_MODE_LABELS: Record<IngestMode, string> = {
  copiar: 'Copiar los originales al archivo de Pauta',
  referenciar: 'Catalogar en su lugar (sin copiar)'
}

export const INGEST_STATES = ['en_curso', 'pausada', 'terminada', 'cancelada'] as const
export type IngestState = (typeof INGEST_STATES)[number]
export const INGEST_STATE_LABELS: Record<IngestState, string> = {
  en_curso: 'En curso',
  pausada: 'En pausa',
  terminada: 'Terminada',
  cancelada: 'Cancelada'
}

export const INGEST_ITEM_STATES = ['pendiente', 'catalogado', 'duplicado', 'fallido', 'omitido'] as const
export type IngestItemState = (typeof INGEST_ITEM_STATES)[number]

export const ARCHIVE_SORTS = ['fecha_desc', 'fecha_asc', 'relevancia'] as const
export type ArchiveSort = (typeof ARCHIVE_SORTS)[number]

/** A search counts its matches up to this many; past it the Archivo says "más de 10.000". */
export const SEARCH_COUNT_CAP = 10_000

/** Facet counts cover at most this many of the newest matches of a search (see main's facets.ts). */
export const FACET_SAMPLE = 10_000
