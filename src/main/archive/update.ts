import { CATALOGUE_STATUS_LABELS, type CatalogueStatus } from '../../shared/domain/archive'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import { assertCatalogueIds } from '../catalogues/validate'
import type { AuthedCtx, Trx } from '../core/context'
import { validation } from '../core/errors'
import { assetName, assetNotFound } from './detail'
import { indexAsset } from './search-index'

export interface AssetFieldsInput {
  id: number
  title: string
  description: string
  keywords: string[]
  people: string[]
  creator: string
  credit: string
  copyright: string
  place: string
  city: string
  eventId: number | null
  dependenciaId: number | null
  rating: number
  status: CatalogueStatus
}

/** The same word typed twice with other capitals or accents is one keyword: the first spelling stays. */
export function uniqueTerms(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of values) {
    const key = value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es-CO')
    if (seen.has(key)) continue
    seen.add(key)
    out.push(value)
  }
  return out
}

const FIELD_LABELS = {
  title: 'título',
  description: 'descripción',
  keywords: 'palabras clave',
  people: 'personas',
  creator: 'autor',
  credit: 'crédito',
  copyright: 'aviso de derechos',
  place: 'lugar',
  city: 'municipio',
  eventId: 'evento',
  dependenciaId: 'dependencia',
  rating: 'calificación',
  status: 'estado de catalogación'
} as const

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && b.every((v) => a.includes(v))

export async function assertEventExists(trx: Trx, eventId: number): Promise<void> {
  const event = await trx.selectFrom('archive_events').select('id').where('id', '=', eventId).executeTakeFirst()
  if (!event) throw validation('El evento elegido no existe. Actualice la lista y elija de nuevo.', { eventId: 'Elija un evento de la lista.' })
}

/** Replaces the catalogue fields, keywords and people of an asset and re-indexes it, in one transaction. */
export async function updateAsset(ctx: AuthedCtx, input: AssetFieldsInput): Promise<void> {
  authorize(ctx, 'archive.catalogue')
  const keywords = uniqueTerms(input.keywords)
  const people = uniqueTerms(input.people)
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('assets').selectAll().where('id', '=', input.id).executeTakeFirst()
    if (!before) throw assetNotFound()
    const oldKeywords = (await trx.selectFrom('asset_keywords').select('keyword').where('asset_id', '=', input.id).execute()).map((r) => r.keyword)
    const oldPeople = (await trx.selectFrom('asset_people').select('name').where('asset_id', '=', input.id).execute()).map((r) => r.name)
    if (input.eventId !== null && input.eventId !== before.event_id) await assertEventExists(trx, input.eventId)
    if (input.dependenciaId !== null && input.dependenciaId !== before.dependencia_id) {
      await assertCatalogueIds(trx, 'dependencia', [input.dependenciaId], 'Dependencia', 'dependenciaId')
    }
    const changed: (keyof typeof FIELD_LABELS)[] = []
    const scalar = {
      title: [before.title, input.title],
      description: [before.description, input.description],
      creator: [before.creator, input.creator],
      credit: [before.credit, input.credit],
      copyright: [before.copyright, input.copyright],
      place: [before.place, input.place],
      city: [before.city, input.city],
      eventId: [before.event_id, input.eventId],
      dependenciaId: [before.dependencia_id, input.dependenciaId],
      rating: [before.rating, input.rating],
      status: [before.status, input.status]
    } as const
    for (const [key, [was, now]] of Object.entries(scalar) as [keyof typeof scalar, readonly unknown[]][]) {
      if (was !== now) changed.push(key)
    }
    if (!sameSet(oldKeywords, keywords)) changed.push('keywords')
    if (!sameSet(oldPeople, people)) changed.push('people')
    if (changed.length === 0) return
    await trx
      .updateTable('assets')
      .set({
        title: input.title,
        description: input.description,
        creator: input.creator,
        credit: input.credit,
        copyright: input.copyright,
        place: input.place,
        city: input.city,
        event_id: input.eventId,
        dependencia_id: input.dependenciaId,
        rating: input.rating,
        status: input.status,
        updated_at: ctx.nowIso
      })
      .where('id', '=', input.id)
      .execute()
    await trx.deleteFrom('asset_keywords').where('asset_id', '=', input.id).execute()
    if (keywords.length > 0) await trx.insertInto('asset_keywords').values(keywords.map((keyword) => ({ asset_id: input.id, keyword }))).execute()
    await trx.deleteFrom('asset_people').where('asset_id', '=', input.id).execute()
    if (people.length > 0) await trx.insertInto('asset_people').values(people.map((name) => ({ asset_id: input.id, name }))).execute()
    await indexAsset(trx, input.id)
    const fields = changed.map((k) => (k === 'status' ? `${FIELD_LABELS.status} (${CATALOGUE_STATUS_LABELS[input.status]})` : FIELD_LABELS[k]))
    await recordAudit(trx, ctx, {
      action: 'archive.asset_updated',
      entityType: 'asset',
      entityId: input.id,
      summary: `Actualizó la catalogación de «${assetName({ title: input.title, original_name: before.original_name })}»: ${fields.join(', ')}`,
      details: { changed, from: Object.fromEntries(changed.filter((k) => k in scalar).map((k) => [k, scalar[k as keyof typeof scalar][0]])) }
    })
  })
}
