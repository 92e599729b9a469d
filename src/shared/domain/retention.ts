/** Final disposition of a serie in the Tabla de Retención Documental (Acuerdo 004 de 2019, AGN). */
export const DISPOSITIONS = ['conservacion_total', 'eliminacion', 'seleccion', 'digitalizacion'] as const
export type Disposition = (typeof DISPOSITIONS)[number]
export const DISPOSITION_LABELS: Record<Disposition, string> = {
  conservacion_total: 'Conservación total',
  eliminacion: 'Eliminación',
  seleccion: 'Selección',
  digitalizacion: 'Digitalización'
}

/** Where an asset stands in its retention: archivo de gestión, then archivo central, then final disposition. */
export const RETENTION_STAGES = ['transferencia', 'disposicion'] as const
export type RetentionStage = (typeof RETENTION_STAGES)[number]
