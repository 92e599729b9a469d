import type { Generated } from 'kysely'

export interface PressBulletinsTable {
  id: Generated<number>
  year: number
  number: number
  piece_id: number
  /** Colombian date "aaaa-mm-dd"; its year is the bulletin's year. */
  issued_on: string
  created_by: number
  created_at: string
  updated_at: string
}

export interface MediaContactsTable {
  id: Generated<number>
  full_name: string
  medium: string
  section: string
  phone: string
  email: string
  whatsapp: string
  notes: string
  active: number
  created_at: string
  updated_at: string
}

export interface DistributionListsTable {
  id: Generated<number>
  name: string
  description: string
  created_at: string
  updated_at: string
}

export interface DistributionListMembersTable {
  list_id: number
  contact_id: number
}

export interface BulletinSendsTable {
  id: Generated<number>
  bulletin_id: number
  list_id: number
  /** The list's name when it was sent. */
  list_name: string
  recipient_count: number
  sent_at: string
  sent_by: number
}

export interface BulletinSendRecipientsTable {
  send_id: number
  contact_id: number
}

export interface PressConferencesTable {
  id: Generated<number>
  title: string
  /** ISO 8601 UTC instant. */
  starts_at: string
  place: string
  /** JSON array of names. */
  spokespersons: string
  /** JSON array of topics. */
  topics: string
  notes: string
  created_by: number
  created_at: string
  updated_at: string
}

export interface PressConferenceInviteesTable {
  conference_id: number
  contact_id: number
  attended: number
}

export interface PressConferenceAssetsTable {
  conference_id: number
  asset_id: number
}

export interface PressConferenceClipsTable {
  conference_id: number
  clip_id: number
}

export interface PressTables {
  press_bulletins: PressBulletinsTable
  media_contacts: MediaContactsTable
  distribution_lists: DistributionListsTable
  distribution_list_members: DistributionListMembersTable
  bulletin_sends: BulletinSendsTable
  bulletin_send_recipients: BulletinSendRecipientsTable
  press_conferences: PressConferencesTable
  press_conference_invitees: PressConferenceInviteesTable
  press_conference_assets: PressConferenceAssetsTable
  press_conference_clips: PressConferenceClipsTable
}
