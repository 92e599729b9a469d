import type { Generated } from 'kysely'

export interface CoverageEventsTable {
  id: Generated<number>
  title: string
  /** ISO 8601 UTC instants. */
  starts_at: string
  ends_at: string
  /** Columns with a default in the schema may be left out of an insert. */
  place: Generated<string>
  dependencia_id: number | null
  description: Generated<string>
  plan_activity_id: number | null
  state: Generated<'programado' | 'confirmado' | 'en_curso' | 'cubierto' | 'aplazado' | 'cancelado'>
  cancel_reason: Generated<string>
  archive_event_id: number | null
  created_by: number
  created_at: string
  updated_at: string
}

export interface CoveragesTable {
  id: Generated<number>
  event_id: number
  need: 'nota_escrita' | 'fotografia' | 'video' | 'diseno' | 'redes_en_vivo'
  assignee_id: number
  due_at: string
  state: Generated<'asignada' | 'aceptada' | 'en_curso' | 'entregada' | 'cancelada'>
  delivered_at: string | null
  notes: Generated<string>
  cancel_reason: Generated<string>
  /** The piece made from this coverage with "Crear piezas". */
  piece_id: number | null
  created_at: string
  updated_at: string
}

export interface CoverageTables {
  coverage_events: CoverageEventsTable
  coverages: CoveragesTable
}
