import type { AuthedCtx, Trx } from '../core/context'
import { AppError } from '../core/errors'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import { assertCatalogueIds } from '../catalogues/validate'
import { nextCode, yearOf } from '../pieces/codes'
import { createPiece, type NewPieceInput } from '../pieces/create'
import { joinNames } from '../pieces/spanish'
import { requestNotFound } from './queries'
import { requestTransition, type RequestAction } from './rules'
import type { RequestState } from '../../shared/domain/requests'

export interface RequestFields {
  dependenciaId: number
  requesterName: string
  requesterContact: string
  topic: string
  objective: string
  keyMessage: string
  audienceIds: number[]
  channelIds: number[]
  desiredDate: string | null
}

const unique = (ids: readonly number[]) => [...new Set(ids)]

async function replaceLinks(trx: Trx, requestId: number, fields: RequestFields): Promise<void> {
  await trx.deleteFrom('request_channels').where('request_id', '=', requestId).execute()
  await trx.deleteFrom('request_audiences').where('request_id', '=', requestId).execute()
  const channels = unique(fields.channelIds)
  const audiences = unique(fields.audienceIds)
  if (channels.length) await trx.insertInto('request_channels').values(channels.map((channel_id) => ({ request_id: requestId, channel_id }))).execute()
  if (audiences.length) await trx.insertInto('request_audiences').values(audiences.map((audience_id) => ({ request_id: requestId, audience_id }))).execute()
}

async function dependenciaName(trx: Trx, id: number): Promise<string> {
  const row = await trx.selectFrom('catalogue_items').select('name').where('id', '=', id).executeTakeFirstOrThrow()
  return row.name
}

export async function createRequest(ctx: AuthedCtx, fields: RequestFields): Promise<number> {
  authorize(ctx, 'requests.manage')
  return ctx.db.transaction().execute(async (trx) => {
    await assertCatalogueIds(trx, 'dependencia', [fields.dependenciaId], 'Dependencia', 'dependenciaId')
    await assertCatalogueIds(trx, 'canal', fields.channelIds, 'Canales', 'channelIds')
    await assertCatalogueIds(trx, 'grupo_valor', fields.audienceIds, 'Grupos de valor', 'audienceIds')
    const { code, year, seq } = await nextCode(trx, 'requests', 'SOL', yearOf(ctx.today))
    const { id } = await trx
      .insertInto('requests')
      .values({
        code,
        year,
        seq,
        dependencia_id: fields.dependenciaId,
        requester_name: fields.requesterName,
        requester_contact: fields.requesterContact,
        topic: fields.topic,
        objective: fields.objective,
        key_message: fields.keyMessage,
        desired_date: fields.desiredDate,
        state: 'recibida',
        rejection_reason: '',
        created_by: ctx.user.id,
        created_at: ctx.nowIso,
        updated_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replaceLinks(trx, id, fields)
    await recordAudit(trx, ctx, {
      action: 'requests.created',
      entityType: 'request',
      entityId: id,
      summary: `Registró la solicitud ${code} de ${await dependenciaName(trx, fields.dependenciaId)}: «${fields.topic}»`,
      details: { code, dependenciaId: fields.dependenciaId, requesterName: fields.requesterName }
    })
    return id
  })
}

async function loadRequest(trx: Trx, id: number) {
  const request = await trx
    .selectFrom('requests')
    .select(['id', 'code', 'state', 'dependencia_id'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!request) throw requestNotFound()
  return request
}

/** Checks permission, loads the request and its transition in the write's transaction, then runs `write`. */
async function transitionRequest(
  ctx: AuthedCtx,
  id: number,
  action: RequestAction,
  write: (trx: Trx, request: Awaited<ReturnType<typeof loadRequest>>, to: RequestState) => Promise<void>
): Promise<void> {
  authorize(ctx, 'requests.manage')
  await ctx.db.transaction().execute(async (trx) => {
    const request = await loadRequest(trx, id)
    await write(trx, request, requestTransition(action, request.state))
  })
}

export async function updateRequest(ctx: AuthedCtx, input: RequestFields & { id: number }): Promise<void> {
  await transitionRequest(ctx, input.id, 'update', async (trx, request) => {
    // Only links that are new must be active: an item deactivated later does not block other edits.
    if (input.dependenciaId !== request.dependencia_id) await assertCatalogueIds(trx, 'dependencia', [input.dependenciaId], 'Dependencia', 'dependenciaId')
    const [channels, audiences] = await Promise.all([
      trx.selectFrom('request_channels').select('channel_id').where('request_id', '=', request.id).execute(),
      trx.selectFrom('request_audiences').select('audience_id').where('request_id', '=', request.id).execute()
    ])
    const currentChannels = new Set(channels.map((c) => c.channel_id))
    const currentAudiences = new Set(audiences.map((a) => a.audience_id))
    await assertCatalogueIds(trx, 'canal', input.channelIds.filter((id) => !currentChannels.has(id)), 'Canales', 'channelIds')
    await assertCatalogueIds(trx, 'grupo_valor', input.audienceIds.filter((id) => !currentAudiences.has(id)), 'Grupos de valor', 'audienceIds')
    await trx
      .updateTable('requests')
      .set({
        dependencia_id: input.dependenciaId,
        requester_name: input.requesterName,
        requester_contact: input.requesterContact,
        topic: input.topic,
        objective: input.objective,
        key_message: input.keyMessage,
        desired_date: input.desiredDate,
        updated_at: ctx.nowIso
      })
      .where('id', '=', request.id)
      .execute()
    await replaceLinks(trx, request.id, input)
    await recordAudit(trx, ctx, {
      action: 'requests.updated',
      entityType: 'request',
      entityId: request.id,
      summary: `Modificó los datos de la solicitud ${request.code}`,
      details: { topic: input.topic, dependenciaId: input.dependenciaId, requesterName: input.requesterName, desiredDate: input.desiredDate }
    })
  })
}

export async function startAnalysis(ctx: AuthedCtx, id: number): Promise<void> {
  await transitionRequest(ctx, id, 'startAnalysis', async (trx, request, to) => {
    await trx.updateTable('requests').set({ state: to, updated_at: ctx.nowIso }).where('id', '=', request.id).execute()
    await recordAudit(trx, ctx, {
      action: 'requests.analysis_started',
      entityType: 'request',
      entityId: request.id,
      summary: `Inició el análisis de la solicitud ${request.code}`,
      details: { from: request.state, to }
    })
  })
}

/** Prefixes a piece's validation error with which piece of the list it is about. */
function aboutPiece(error: unknown, index: number, title: string): unknown {
  if (!(error instanceof AppError)) return error
  const fields = error.fields && Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [`pieces.${index}.${k}`, v]))
  return new AppError(error.code, `Pieza ${index + 1} («${title}»): ${error.message}`, fields)
}

export async function acceptRequest(ctx: AuthedCtx, input: { id: number; pieces: NewPieceInput[] }): Promise<void> {
  authorize(ctx, 'pieces.create')
  await transitionRequest(ctx, input.id, 'accept', async (trx, request, to) => {
    await trx.updateTable('requests').set({ state: to, updated_at: ctx.nowIso }).where('id', '=', request.id).execute()
    const codes: string[] = []
    for (const [index, fields] of input.pieces.entries()) {
      try {
        codes.push((await createPiece(trx, ctx, fields, request.id)).code)
      } catch (error) {
        throw aboutPiece(error, index, fields.title)
      }
    }
    await recordAudit(trx, ctx, {
      action: 'requests.accepted',
      entityType: 'request',
      entityId: request.id,
      summary: `Aceptó la solicitud ${request.code} y creó ${codes.length === 1 ? 'la pieza' : `${codes.length} piezas:`} ${joinNames(codes)}`,
      details: { from: request.state, to, pieces: codes }
    })
  })
}

export async function rejectRequest(ctx: AuthedCtx, input: { id: number; reason: string }): Promise<void> {
  await transitionRequest(ctx, input.id, 'reject', async (trx, request, to) => {
    await trx
      .updateTable('requests')
      .set({ state: to, rejection_reason: input.reason, updated_at: ctx.nowIso })
      .where('id', '=', request.id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'requests.rejected',
      entityType: 'request',
      entityId: request.id,
      summary: `Rechazó la solicitud ${request.code}. Motivo: ${input.reason}`,
      details: { from: request.state, to, reason: input.reason }
    })
  })
}
