import type { Table } from '../table'

/** A list ready to write: its table, the title shown in Pauta, and the start of its file name. */
export interface Sheet {
  table: Table
  title: string
  /** E.g. "Piezas": the file becomes "Piezas-2026-11-22.xlsx". */
  baseName: string
}

/** "Piezas" + ["estado: Publicada", "mías"] → "Piezas (estado: Publicada; mías)". */
export function titleWith(base: string, qualifiers: (string | false | undefined)[]): string {
  const shown = qualifiers.filter((q): q is string => typeof q === 'string' && q.length > 0)
  return shown.length === 0 ? base : `${base} (${shown.join('; ')})`
}
