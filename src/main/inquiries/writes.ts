import type { InquiryAction } from '../../shared/contract/inquiries'
import { INQUIRY_CHANNEL_LABELS, LEGAL_TERM_DAYS, TERM_KIND_LABELS, type InquiryChannel, type InquiryState, type PetitionTermKind } from '../../shared/domain/inquiries'
import { ROLE_LABELS } from '../../shared/domain/roles'
import { formatDate, formatDateTime } from '../../shared/dates'
import type { AuthedCtx, Trx } from '../core/context'
import { conflict, forbidden, validation } from '../core/errors'
import { authorize } from '../auth/permissions'
import { recordAudit } from '../audit/record'
import { assertCatalogueIds } from '../catalogues/validate'
import { inquiryNotFound } from './queries'
import { canHandleInquiries, inquiryTransition, mayReply } from './rules'
import { networkTermDays } from './settings'
import { answeredInTerm, dueOn } from './terms'

export interface InquiryFields {
  channel: InquiryChannel
  receivedAt: string
  citizen: string
  text: string
  topic: string
}

const label = (id: number, citizen: string) => `la inquietud N.º ${id} de ${citizen}`
const quote = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text)

/** An instant from the form, normalised to the UTC ISO form the table compares as text. */
function receivedInstant(ctx: AuthedCtx, receivedAt: string): string {
  const iso = new Date(receivedAt).toISOString()
  if (iso > ctx.nowIso) {
    throw validation('La fecha y hora de recepción no puede ser posterior al momento actual.', { receivedAt: 'Indique cuándo llegó la inquietud; no puede ser en el futuro.' })
  }
  return iso
}

async function assigneeName(trx: Trx, assigneeId: number): Promise<string> {
  const user = await trx.selectFrom('users').select(['full_name', 'role', 'active']).where('id', '=', assigneeId).executeTakeFirst()
  const fail = (message: string) => validation(message, { assigneeId: message })
  if (!user) throw fail('La persona elegida no existe. Actualice la lista y elija de nuevo.')
  if (user.active !== 1) throw fail(`${user.full_name} tiene la cuenta inactiva. Elija a otra persona del equipo.`)
  if (!canHandleInquiries(user.role)) {
    throw fail(`${user.full_name} (${ROLE_LABELS[user.role]}) no atiende inquietudes ciudadanas. Elija al jefe, un profesional o el community manager.`)
  }
  return user.full_name
}

async function dependenciaName(trx: Trx, id: number): Promise<string> {
  await assertCatalogueIds(trx, 'dependencia', [id], 'Dependencia', 'dependenciaId')
  const row = await trx.selectFrom('catalogue_items').select('name').where('id', '=', id).executeTakeFirstOrThrow()
  return row.name
}

export async function createInquiry(ctx: AuthedCtx, input: InquiryFields & { dependenciaId: number | null; assigneeId: number | null }): Promise<number> {
  authorize(ctx, 'inquiries.manage')
  const receivedAt = receivedInstant(ctx, input.receivedAt)
  return ctx.db.transaction().execute(async (trx) => {
    const dependencia = input.dependenciaId === null ? null : await dependenciaName(trx, input.dependenciaId)
    const assignee = input.assigneeId === null ? null : await assigneeName(trx, input.assigneeId)
    const termDays = await networkTermDays(trx)
    const due = dueOn(receivedAt, termDays)
    const { id } = await trx
      .insertInto('inquiries')
      .values({
        channel: input.channel,
        received_at: receivedAt,
        citizen: input.citizen,
        text: input.text,
        topic: input.topic,
        dependencia_id: input.dependenciaId,
        assignee_id: input.assigneeId,
        state: input.assigneeId === null ? 'recibida' : 'asignada',
        term_kind: 'redes',
        reply_text: '',
        replied_at: null,
        replied_by: null,
        pqrs_radicado: '',
        term_days: termDays,
        due_on: due,
        created_by: ctx.user.id,
        created_at: ctx.nowIso,
        updated_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const parts = [
      `Registró ${label(id, input.citizen)} recibida por ${INQUIRY_CHANNEL_LABELS[input.channel]}: «${quote(input.text)}»`,
      `vence el ${formatDate(due)}`,
      ...(assignee ? [`asignada a ${assignee}`] : []),
      ...(dependencia ? [`dependencia: ${dependencia}`] : [])
    ]
    await recordAudit(trx, ctx, {
      action: 'inquiries.created',
      entityType: 'inquiry',
      entityId: id,
      summary: parts.join('; '),
      details: { channel: input.channel, receivedAt, termDays, dueOn: due, assigneeId: input.assigneeId, dependenciaId: input.dependenciaId }
    })
    return id
  })
}

async function loadInquiry(trx: Trx, id: number) {
  const row = await trx
    .selectFrom('inquiries')
    .select(['id', 'state', 'citizen', 'received_at', 'assignee_id', 'term_days', 'due_on', 'dependencia_id'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw inquiryNotFound()
  return row
}

type Loaded = Awaited<ReturnType<typeof loadInquiry>>

/** Permission, the row and its transition, all inside the write's transaction, then `write`. */
async function transition(ctx: AuthedCtx, id: number, action: InquiryAction, write: (trx: Trx, row: Loaded, to: InquiryState) => Promise<void>): Promise<void> {
  authorize(ctx, 'inquiries.manage')
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadInquiry(trx, id)
    await write(trx, row, inquiryTransition(action, row.state))
  })
}

export async function updateInquiry(ctx: AuthedCtx, input: InquiryFields & { id: number }): Promise<void> {
  await transition(ctx, input.id, 'update', async (trx, row) => {
    const receivedAt = receivedInstant(ctx, input.receivedAt)
    // The term in force when it was registered stays: only the day it counts from moves.
    const due = dueOn(receivedAt, row.term_days)
    await trx
      .updateTable('inquiries')
      .set({ channel: input.channel, received_at: receivedAt, citizen: input.citizen, text: input.text, topic: input.topic, due_on: due, updated_at: ctx.nowIso })
      .where('id', '=', row.id)
      .execute()
    const moved = due !== row.due_on ? `; ahora vence el ${formatDate(due)}` : ''
    await recordAudit(trx, ctx, {
      action: 'inquiries.updated',
      entityType: 'inquiry',
      entityId: row.id,
      summary: `Corrigió los datos de ${label(row.id, input.citizen)}${moved}`,
      details: { channel: input.channel, receivedAt, citizen: input.citizen, topic: input.topic, dueOn: due }
    })
  })
}

export async function assignInquiry(ctx: AuthedCtx, id: number, assigneeId: number): Promise<void> {
  await transition(ctx, id, 'assign', async (trx, row, to) => {
    if (row.assignee_id === assigneeId) {
      throw conflict('La inquietud ya está asignada a esa persona.', { assigneeId: 'Ya es quien la atiende; elija a otra persona para reasignarla.' })
    }
    const name = await assigneeName(trx, assigneeId)
    await trx.updateTable('inquiries').set({ assignee_id: assigneeId, state: to, updated_at: ctx.nowIso }).where('id', '=', row.id).execute()
    await recordAudit(trx, ctx, {
      action: 'inquiries.assigned',
      entityType: 'inquiry',
      entityId: row.id,
      summary: `${row.assignee_id === null ? 'Asignó' : 'Reasignó'} ${label(row.id, row.citizen)} a ${name}`,
      details: { from: row.assignee_id, to: assigneeId }
    })
  })
}

export async function consultInquiry(ctx: AuthedCtx, input: { id: number; dependenciaId: number; note: string }): Promise<void> {
  await transition(ctx, input.id, 'consult', async (trx, row, to) => {
    const name = await dependenciaName(trx, input.dependenciaId)
    await trx.updateTable('inquiries').set({ dependencia_id: input.dependenciaId, state: to, updated_at: ctx.nowIso }).where('id', '=', row.id).execute()
    await recordAudit(trx, ctx, {
      action: 'inquiries.consulted',
      entityType: 'inquiry',
      entityId: row.id,
      summary: `Consultó ${label(row.id, row.citizen)} con ${name}${input.note ? `: «${quote(input.note)}»` : ''}`,
      details: { dependenciaId: input.dependenciaId, note: input.note }
    })
  })
}

export async function replyInquiry(ctx: AuthedCtx, input: { id: number; replyText: string; repliedAt?: string }): Promise<void> {
  const repliedAt = input.repliedAt === undefined ? ctx.nowIso : new Date(input.repliedAt).toISOString()
  await transition(ctx, input.id, 'reply', async (trx, row, to) => {
    if (!mayReply(ctx.user, row.assignee_id)) {
      const assignee = await trx.selectFrom('users').select('full_name').where('id', '=', row.assignee_id ?? 0).executeTakeFirst()
      throw forbidden(`La inquietud está asignada a ${assignee?.full_name ?? 'otra persona'}: solo esa persona o el jefe de la oficina registran la respuesta.`)
    }
    if (repliedAt > ctx.nowIso) {
      throw validation('La fecha y hora de la respuesta no puede ser posterior al momento actual.', { repliedAt: 'Indique cuándo se respondió; no puede ser en el futuro.' })
    }
    if (repliedAt < row.received_at) {
      const message = `La respuesta no puede ser anterior a la recepción de la inquietud (${formatDateTime(row.received_at)}). Revise la fecha y la hora.`
      throw validation(message, { repliedAt: message })
    }
    await trx
      .updateTable('inquiries')
      .set({ reply_text: input.replyText, replied_at: repliedAt, replied_by: ctx.user.id, assignee_id: row.assignee_id ?? ctx.user.id, state: to, updated_at: ctx.nowIso })
      .where('id', '=', row.id)
      .execute()
    const within = answeredInTerm(repliedAt, row.due_on)
    await recordAudit(trx, ctx, {
      action: 'inquiries.replied',
      entityType: 'inquiry',
      entityId: row.id,
      summary: `Respondió ${label(row.id, row.citizen)} el ${formatDateTime(repliedAt)}, ${within ? 'dentro del término' : `fuera del término (vencía el ${formatDate(row.due_on)})`}`,
      details: { repliedAt, dueOn: row.due_on, inTerm: within }
    })
  })
}

export async function transferInquiry(ctx: AuthedCtx, input: { id: number; termKind: PetitionTermKind; radicado: string }): Promise<void> {
  await transition(ctx, input.id, 'transferToPqrs', async (trx, row, to) => {
    const termDays = LEGAL_TERM_DAYS[input.termKind]
    const due = dueOn(row.received_at, termDays)
    await trx
      .updateTable('inquiries')
      .set({ state: to, term_kind: input.termKind, term_days: termDays, due_on: due, pqrs_radicado: input.radicado, updated_at: ctx.nowIso })
      .where('id', '=', row.id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'inquiries.transferred',
      entityType: 'inquiry',
      entityId: row.id,
      summary: `Trasladó ${label(row.id, row.citizen)} a PQRS como ${TERM_KIND_LABELS[input.termKind].toLowerCase()}${input.radicado ? ` (radicado ${input.radicado})` : ''}; ahora vence el ${formatDate(due)}`,
      details: { termKind: input.termKind, termDays, dueOn: due, previousDueOn: row.due_on, radicado: input.radicado }
    })
  })
}

export async function closeInquiry(ctx: AuthedCtx, id: number): Promise<void> {
  await transition(ctx, id, 'close', async (trx, row, to) => {
    await trx.updateTable('inquiries').set({ state: to, updated_at: ctx.nowIso }).where('id', '=', row.id).execute()
    await recordAudit(trx, ctx, {
      action: 'inquiries.closed',
      entityType: 'inquiry',
      entityId: row.id,
      summary: `Cerró ${label(row.id, row.citizen)}`
    })
  })
}
