import type { Generated } from 'kysely'

export interface InquiriesTable {
  id: Generated<number>
  channel: string
  /** ISO 8601 UTC instant. */
  received_at: string
  citizen: string
  text: string
  topic: string
  dependencia_id: number | null
  assignee_id: number | null
  reply_text: string
  replied_at: string | null
  replied_by: number | null
  state: 'recibida' | 'asignada' | 'en_consulta' | 'respondida' | 'trasladada_pqrs' | 'cerrada'
  term_kind: 'redes' | 'peticion_general' | 'documentos' | 'consulta'
  /** Colombian date by which the reply is due ("aaaa-mm-dd"), counted in working days. */
  due_on: string
  created_by: number
  created_at: string
  updated_at: string
}

export interface InquiryTables {
  inquiries: InquiriesTable
}
