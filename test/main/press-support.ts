import { CONTENT_HTML, FULL_CHECKLIST, pieceInput, type Office } from '../support/fixtures'

/** A boletín de prensa piece written by "profesional": left in draft, or taken through its content approval. */
export async function boletinPiece(o: Office, activityId: number, title: string, approved: boolean): Promise<number> {
  const { id } = await o.call('jefe', 'pieces', 'create', pieceInput(o, activityId, { title, type: 'boletin_prensa', designerId: null }))
  if (!approved) return id
  await o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML })
  await o.call('profesional', 'pieces', 'submitContent', { pieceId: id })
  await o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })
  return id
}

export async function addContact(o: Office, fullName: string, medium: string, email: string): Promise<number> {
  const contact = await o.call('profesional', 'press', 'saveContact', { fullName, medium, email, phone: '', whatsapp: '', section: '', notes: '' })
  return contact.id
}

/** A media clip written straight into the table (the monitoring screens are another domain's). */
export async function seedClip(o: Office, clipDate: string, medium: string, headline: string): Promise<number> {
  const now = o.clock.now().toISOString()
  const { id } = await o.core.db
    .insertInto('media_clips')
    .values({
      clip_date: clipDate,
      medium,
      medium_type: 'radio',
      program: '',
      headline,
      url: null,
      summary: '',
      tone: 'positivo',
      topic: 'Gestión',
      dependencia_id: null,
      spokesperson: '',
      reach: null,
      attachment_file_id: null,
      created_by: o.users.profesional,
      created_at: now,
      updated_at: now
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
