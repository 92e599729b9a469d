import type { z } from 'zod'
import type { ClipFields, MediaClip } from '../../shared/contract/monitoring'
import { formatDate } from '../../shared/dates'
import { MEDIUM_TYPE_LABELS, TONE_LABELS } from '../../shared/domain/monitoring'
import type { AuthedCtx } from '../core/context'
import { notFound } from '../core/errors'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import { getClip } from './clip-queries'
import { checkCanDelete, checkClipDate, checkDependencia, checkDuplicateUrl } from './clip-rules'
import { normalizeUrl } from './url'

export type ClipValues = z.output<typeof ClipFields>

function rowValues(input: ClipValues) {
  return {
    clip_date: input.clipDate,
    medium: input.medium,
    medium_type: input.mediumType,
    program: input.program,
    headline: input.headline,
    url: input.url,
    url_key: input.url === null ? null : normalizeUrl(input.url),
    summary: input.summary,
    tone: input.tone,
    topic: input.topic,
    dependencia_id: input.dependenciaId,
    spokesperson: input.spokesperson,
    reach: input.reach
  }
}

const described = (input: ClipValues) =>
  `«${input.headline}» (${input.medium}, ${MEDIUM_TYPE_LABELS[input.mediumType].toLowerCase()}, ${formatDate(input.clipDate)}), tono ${TONE_LABELS[input.tone].toLowerCase()}`

export async function createClip(ctx: AuthedCtx, input: ClipValues): Promise<MediaClip> {
  authorize(ctx, 'monitoring.record')
  checkClipDate(ctx, input.clipDate)
  const values = rowValues(input)
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkDependencia(trx, input.dependenciaId)
    const duplicated = await checkDuplicateUrl(trx, values.url_key, input.confirmDuplicate)
    const row = await trx
      .insertInto('media_clips')
      .values({ ...values, created_by: ctx.user.id, created_at: ctx.nowIso, updated_at: ctx.nowIso })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'monitoring.clip_created',
      entityType: 'media_clip',
      entityId: row.id,
      summary: `Registró la nota de medios ${described(input)}${duplicated ? ', confirmando que su URL ya estaba registrada' : ''}`,
      details: { ...values }
    })
    return row.id
  })
  return getClip(ctx.core, id)
}

const FIELD_NAMES: Record<keyof ReturnType<typeof rowValues>, string> = {
  clip_date: 'la fecha',
  medium: 'el medio',
  medium_type: 'el tipo de medio',
  program: 'el programa o sección',
  headline: 'el titular',
  url: 'la URL',
  url_key: 'la URL',
  summary: 'el resumen',
  tone: 'el tono',
  topic: 'el tema',
  dependencia_id: 'la dependencia',
  spokesperson: 'el vocero',
  reach: 'el alcance estimado'
}

export async function updateClip(ctx: AuthedCtx, input: ClipValues & { id: number }): Promise<MediaClip> {
  authorize(ctx, 'monitoring.record')
  checkClipDate(ctx, input.clipDate)
  const values = rowValues(input)
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('media_clips').selectAll().where('id', '=', input.id).executeTakeFirst()
    if (!before) throw notFound('la nota de medios')
    // A dependencia deactivated since the clip was recorded may stay on it.
    if (input.dependenciaId !== before.dependencia_id) await checkDependencia(trx, input.dependenciaId)
    // Keeping the URL it already had is not a new duplicate: it was confirmed when first saved.
    if (values.url_key !== before.url_key) await checkDuplicateUrl(trx, values.url_key, input.confirmDuplicate, input.id)
    const keys = (Object.keys(values) as (keyof typeof values)[]).filter((k) => k !== 'url_key' && values[k] !== before[k])
    if (keys.length === 0) return
    await trx
      .updateTable('media_clips')
      .set({ ...values, updated_at: ctx.nowIso })
      .where('id', '=', input.id)
      .execute()
    const names = [...new Set(keys.map((k) => FIELD_NAMES[k]))]
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} y ${names.at(-1)}`
    await recordAudit(trx, ctx, {
      action: 'monitoring.clip_updated',
      entityType: 'media_clip',
      entityId: input.id,
      summary: `Corrigió ${list} de la nota de medios «${input.headline}»`,
      details: Object.fromEntries(keys.map((k) => [k, { before: before[k], after: values[k] }]))
    })
  })
  return getClip(ctx.core, input.id)
}

export async function removeClip(ctx: AuthedCtx, id: number): Promise<null> {
  authorize(ctx, 'monitoring.record')
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('media_clips').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound('la nota de medios')
    checkCanDelete(ctx, row.created_by)
    await trx.deleteFrom('media_clips').where('id', '=', id).execute()
    await recordAudit(trx, ctx, {
      action: 'monitoring.clip_deleted',
      entityType: 'media_clip',
      entityId: id,
      summary: `Eliminó la nota de medios «${row.headline}» (${row.medium}, ${formatDate(row.clip_date)})`,
      details: { ...row }
    })
  })
  return null
}
