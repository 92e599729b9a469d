export const EXPORT_STATES = ['en_curso', 'terminada', 'fallida', 'cancelada', 'interrumpida'] as const
export type ExportState = (typeof EXPORT_STATES)[number]
export const EXPORT_STATE_LABELS: Record<ExportState, string> = {
  en_curso: 'En curso',
  terminada: 'Terminada',
  fallida: 'Fallida',
  cancelada: 'Cancelada',
  interrumpida: 'Interrumpida'
}

export const FIXITY_FREQUENCIES = ['apagada', 'semanal', 'mensual'] as const
export type FixityFrequency = (typeof FIXITY_FREQUENCIES)[number]
export const FIXITY_FREQUENCY_LABELS: Record<FixityFrequency, string> = {
  apagada: 'Desactivada',
  semanal: 'Cada semana',
  mensual: 'Cada mes'
}

/** ISO weekday: 1 = lunes … 7 = domingo. */
export const WEEKDAY_LABELS: Record<number, string> = {
  1: 'Lunes',
  2: 'Martes',
  3: 'Miércoles',
  4: 'Jueves',
  5: 'Viernes',
  6: 'Sábado',
  7: 'Domingo'
}
