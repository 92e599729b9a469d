import { sql, type SqlBool } from 'kysely'
import type { BatchPreview, BatchResult } from '../../shared/contract/archive-batch'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx, Trx } from '../core/context'
import { indexAssets } from '../archive/search-index'
import { assertReferences, COLUMNS, describeChange, normalizeChange, setEntries, termKey, type Change } from './change'
import { idSet, resolveSelection, type Selection } from './selection'

type TermTable = { table: 'asset_keywords'; column: 'keyword' } | { table: 'asset_people'; column: 'name' }

const KEYWORDS: TermTable = { table: 'asset_keywords', column: 'keyword' }
const PEOPLE: TermTable = { table: 'asset_people', column: 'name' }

/** Pairs [asset id, term] as one JSON parameter, read back as rows with json_each. */
const pairRows = (pairs: [number, string][]) =>
  sql`SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(${JSON.stringify(pairs)})`

/** Writes the set fields on the assets that do not already hold them; returns the ids it changed. */
async function writeFields(trx: Trx, ctx: AuthedCtx, ids: number[], change: Change): Promise<number[]> {
  const entries = setEntries(change)
  if (entries.length === 0) return []
  const differs = entries.map(([field, value]) => sql<SqlBool>`${sql.ref(COLUMNS[field])} IS NOT ${value}`)
  const values = Object.fromEntries(entries.map(([field, value]) => [COLUMNS[field], value]))
  const rows = await trx
    .updateTable('assets')
    .set({ ...values, updated_at: ctx.nowIso })
    .where('id', 'in', idSet(ids))
    .where(sql<SqlBool>`(${sql.join(differs, sql` OR `)})`)
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/**
 * Adds and removes terms (keywords or people) on every asset of the batch. A term an asset already
 * has, in any spelling of capitals and accents, is not added again; removing matches the same way.
 */
async function writeTerms(trx: Trx, ids: number[], t: TermTable, add: string[], remove: string[]): Promise<Set<number>> {
  const changed = new Set<number>()
  if (add.length === 0 && remove.length === 0) return changed
  const existing = await sql<{ asset_id: number; term: string }>`
    SELECT asset_id, ${sql.ref(t.column)} AS term FROM ${sql.table(t.table)} WHERE asset_id IN ${idSet(ids)}`.execute(trx)
  const held = new Map<number, string[]>()
  for (const row of existing.rows) {
    const terms = held.get(row.asset_id)
    if (terms) terms.push(row.term)
    else held.set(row.asset_id, [row.term])
  }
  const removeKeys = new Set(remove.map(termKey))
  const toDelete: [number, string][] = []
  const toInsert: [number, string][] = []
  for (const id of ids) {
    const terms = held.get(id) ?? []
    const kept = new Set<string>()
    for (const term of terms) {
      if (removeKeys.has(termKey(term))) toDelete.push([id, term])
      else kept.add(termKey(term))
    }
    for (const term of add) if (!kept.has(termKey(term))) toInsert.push([id, term])
  }
  if (toDelete.length > 0) {
    await sql`DELETE FROM ${sql.table(t.table)} WHERE (asset_id, ${sql.ref(t.column)}) IN (${pairRows(toDelete)})`.execute(trx)
  }
  if (toInsert.length > 0) {
    await sql`INSERT INTO ${sql.table(t.table)} (asset_id, ${sql.ref(t.column)}) ${pairRows(toInsert)}`.execute(trx)
  }
  for (const [id] of [...toDelete, ...toInsert]) changed.add(id)
  return changed
}

interface Outcome {
  ids: number[]
  changed: number[]
  change: Change
}

/** The whole batch inside the caller's transaction: fields, keywords, people, the search index. */
async function run(trx: Trx, ctx: AuthedCtx, selection: Selection, rawChange: Change): Promise<Outcome> {
  const change = normalizeChange(rawChange)
  await assertReferences(trx, change)
  const ids = await resolveSelection(trx, selection, ctx.today)
  const byFields = new Set(await writeFields(trx, ctx, ids, change))
  const byTerms = new Set([
    ...(await writeTerms(trx, ids, KEYWORDS, change.addKeywords, change.removeKeywords)),
    ...(await writeTerms(trx, ids, PEOPLE, change.addPeople, change.removePeople))
  ])
  // The field update already stamped its assets; those changed only in their terms still need it.
  const onlyTerms = [...byTerms].filter((id) => !byFields.has(id))
  if (onlyTerms.length > 0) {
    await trx.updateTable('assets').set({ updated_at: ctx.nowIso }).where('id', 'in', idSet(onlyTerms)).execute()
  }
  const changedIds = [...new Set([...byFields, ...byTerms])].sort((a, b) => a - b)
  await indexAssets(trx, changedIds)
  return { ids, changed: changedIds, change }
}

const materials = (n: number) => (n === 1 ? '1 material' : `${n.toLocaleString('es-CO')} materiales`)

export async function applyBatch(ctx: AuthedCtx, selection: Selection, change: Change): Promise<BatchResult> {
  authorize(ctx, 'archive.catalogue')
  return ctx.db.transaction().execute(async (trx) => {
    const outcome = await run(trx, ctx, selection, change)
    const { ids, changed } = outcome
    if (changed.length === 0) return { matched: ids.length, changed: 0 }
    const lines = await describeChange(trx, outcome.change)
    await recordAudit(trx, ctx, {
      action: 'archive.batch_updated',
      entityType: 'asset',
      entityId: changed.length === 1 ? (changed[0] ?? null) : null,
      summary: `Editó en lote la catalogación de ${materials(changed.length)} del archivo: ${lines.join('; ')}`,
      details: {
        assetIds: changed,
        matched: ids.length,
        change: outcome.change,
        ...(selection.filters ? { filters: selection.filters } : {})
      }
    })
    return { matched: ids.length, changed: changed.length }
  })
}

/** Thrown to roll the dry run back once it has measured the change. */
const ROLLBACK = Symbol('rollback')

export async function previewBatch(ctx: AuthedCtx, selection: Selection, change: Change): Promise<BatchPreview> {
  authorize(ctx, 'archive.catalogue')
  const preview: BatchPreview = { matched: 0, changed: 0, changes: [], sample: [] }
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const outcome = await run(trx, ctx, selection, change)
      const sample = await trx
        .selectFrom('assets')
        .select(['title', 'original_name'])
        .where('id', 'in', idSet(outcome.ids))
        .orderBy('captured_on', 'desc')
        .orderBy('id', 'desc')
        .limit(5)
        .execute()
      Object.assign(preview, {
        matched: outcome.ids.length,
        changed: outcome.changed.length,
        changes: await describeChange(trx, outcome.change),
        sample: sample.map((a) => a.title || a.original_name)
      })
      throw ROLLBACK
    })
  } catch (error) {
    if (error !== ROLLBACK) throw error
  }
  return preview
}
