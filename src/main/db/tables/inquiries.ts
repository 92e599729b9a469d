import type { Generated } from 'kysely'
import type { InquiryChannel, InquiryState, TermKind } from '../../../shared/domain/inquiries'

/** Columns with a DEFAULT in the migration are `Generated`: optional on insert. */
export interface InquiriesTable {
  id: Generated<number>
  channel: InquiryChannel
  /** ISO 8601 UTC instant. */
  received_at: string
  citizen: string
  text: string
  topic: Generated<string>
  dependencia_id: number | null
  assignee_id: number | null
  reply_text: Generated<string>
  replied_at: string | null
  replied_by: number | null
  state: Generated<InquiryState>
  term_kind: Generated<TermKind>
  /** Working days the due date was counted with (the network term then in force, or a legal term). */
  term_days: number
  /** Colombian date by which the reply is due ("aaaa-mm-dd"), counted in working days. */
  due_on: string
  /** The entity's PQRS filing number once it is handled as a formal petition. */
  pqrs_radicado: Generated<string>
  created_by: number
  created_at: string
  updated_at: string
}

export interface InquirySettingsTable {
  id: number
  network_term_days: number
  updated_at: string
  updated_by: number
}

export interface InquiryTables {
  inquiries: InquiriesTable
  inquiry_settings: InquirySettingsTable
}
