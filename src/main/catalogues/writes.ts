import type { CatalogueItem } from '../../shared/contract'
import { CATALOGUE_KIND_LABELS, type CatalogueKind } from '../../shared/domain/catalogues'
import type { AuthedCtx, Trx } from '../core/context'
import { conflict } from '../core/errors'
import { recordAudit } from '../audit/record'
import { getCatalogueItem } from './queries'

const sameName = (a: string, b: string) => a.toLocaleLowerCase('es-CO') === b.toLocaleLowerCase('es-CO')

// SQLite's NOCASE only folds ASCII, so "SECRETARÍA" and "Secretaría" are compared here instead.
async function assertNameFree(trx: Trx, kind: CatalogueKind, name: string, exceptId: number | null): Promise<void> {
  const rows = await trx.selectFrom('catalogue_items').select(['id', 'name']).where('kind', '=', kind).execute()
  const clash = rows.find((r) => r.id !== exceptId && sameName(r.name, name))
  if (clash) {
    throw conflict(`Ya existe «${clash.name}» en ${CATALOGUE_KIND_LABELS[kind]}. Use otro nombre o active el existente.`, {
      name: 'Ya existe un elemento con ese nombre.'
    })
  }
}

export async function createCatalogueItem(ctx: AuthedCtx, input: { kind: CatalogueKind; name: string }): Promise<CatalogueItem> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertNameFree(trx, input.kind, input.name, null)
    const last = await trx
      .selectFrom('catalogue_items')
      .select((eb) => eb.fn.max('sort_order').as('max'))
      .where('kind', '=', input.kind)
      .executeTakeFirst()
    const inserted = await trx
      .insertInto('catalogue_items')
      .values({ kind: input.kind, name: input.name, active: 1, sort_order: (last?.max ?? -1) + 1 })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'catalogues.created',
      entityType: 'catalogue_item',
      entityId: inserted.id,
      summary: `Agregó «${input.name}» al catálogo de ${CATALOGUE_KIND_LABELS[input.kind]}`,
      details: { kind: input.kind, name: input.name }
    })
    return inserted.id
  })
  return getCatalogueItem(ctx.db, id)
}

export async function updateCatalogueItem(
  ctx: AuthedCtx,
  input: { id: number; name: string; active: boolean }
): Promise<CatalogueItem> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getCatalogueItem(trx, input.id)
    if (before.name === input.name && before.active === input.active) return
    if (before.name !== input.name) await assertNameFree(trx, before.kind, input.name, before.id)
    await trx
      .updateTable('catalogue_items')
      .set({ name: input.name, active: input.active ? 1 : 0 })
      .where('id', '=', input.id)
      .execute()
    const catalogue = CATALOGUE_KIND_LABELS[before.kind]
    const changes: string[] = []
    if (before.name !== input.name) changes.push(`renombró «${before.name}» como «${input.name}»`)
    if (before.active !== input.active) changes.push(`${input.active ? 'activó' : 'desactivó'} «${input.name}»`)
    const sentence = changes.join(' y ')
    await recordAudit(trx, ctx, {
      action: 'catalogues.updated',
      entityType: 'catalogue_item',
      entityId: before.id,
      summary: `En ${catalogue}, ${sentence}`,
      details: { before: { name: before.name, active: before.active }, after: { name: input.name, active: input.active } }
    })
  })
  return getCatalogueItem(ctx.db, input.id)
}
