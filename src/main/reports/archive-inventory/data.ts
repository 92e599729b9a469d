import { sql } from 'kysely'
import { ASSET_KIND_LABELS, CONSENT_LABELS, type AssetKind } from '../../../shared/domain/archive'
import type { Ctx } from '../../core/context'
import { consentViewSql } from '../../archive/consent'

export interface InventoryGroup {
  label: string
  count: number
  bytes: number
}

/** What the inventory report needs from the audiovisual archive. */
export interface ArchiveInventory {
  assets: number
  bytes: number
  byKind: InventoryGroup[]
  byYear: InventoryGroup[]
  byEvent: InventoryGroup[]
  /** By retention serie of the entity's Tabla de Retención Documental. */
  bySerie: InventoryGroup[]
  /** Assets by the state of the image-use authorisation of the people in them. */
  consent: { label: string; count: number }[]
  fixity: { lastCheckAt: string | null; checked: number; failed: number }
}

export const EMPTY_INVENTORY: ArchiveInventory = {
  assets: 0,
  bytes: 0,
  byKind: [],
  byYear: [],
  byEvent: [],
  bySerie: [],
  consent: [],
  fixity: { lastCheckAt: null, checked: 0, failed: 0 }
}

type GroupRow = { label: string | number | null; count: number | bigint; bytes: number | bigint | null }

const toGroups = (rows: GroupRow[], unlabelled: string, label: (value: string | number) => string = String): InventoryGroup[] =>
  rows.map((r) => ({ label: r.label === null ? unlabelled : label(r.label), count: Number(r.count), bytes: Number(r.bytes ?? 0) }))

/** The archive's figures at `today`. */
export async function loadArchiveInventory(ctx: Ctx): Promise<{ inventory: ArchiveInventory; officeName: string }> {
  const db = ctx.db
  const entity = await db.selectFrom('entity_settings').select('office_name').executeTakeFirst()
  const count = sql<number>`count(*)`
  const bytes = sql<number>`sum(a.size)`
  const [totals, byKind, byYear, byEvent, bySerie, consent, fixity] = await Promise.all([
    db.selectFrom('assets as a').select([count.as('count'), bytes.as('bytes')]).executeTakeFirstOrThrow(),
    db.selectFrom('assets as a').select(['a.kind as label', count.as('count'), bytes.as('bytes')]).groupBy('a.kind').orderBy('count', 'desc').execute(),
    db.selectFrom('assets as a').select(['a.captured_year as label', count.as('count'), bytes.as('bytes')]).groupBy('a.captured_year').orderBy('a.captured_year', 'desc').execute(),
    db
      .selectFrom('assets as a')
      .leftJoin('archive_events as e', 'e.id', 'a.event_id')
      .select(['e.name as label', count.as('count'), bytes.as('bytes')])
      .groupBy('a.event_id')
      .orderBy('count', 'desc')
      .execute(),
    db
      .selectFrom('assets as a')
      .leftJoin('asset_retention as r', 'r.asset_id', 'a.id')
      .leftJoin('retention_series as s', 's.id', 'r.serie_id')
      .select([
        sql<string | null>`CASE WHEN s.id IS NULL THEN NULL ELSE s.code || ' ' || s.serie || CASE WHEN s.subserie = '' THEN '' ELSE ' – ' || s.subserie END END`.as('label'),
        count.as('count'),
        bytes.as('bytes')
      ])
      .groupBy('s.id')
      .orderBy(sql`s.code IS NULL`)
      .orderBy('s.code')
      .execute(),
    db
      .selectFrom('assets as a')
      .select([consentViewSql(ctx.today).as('view'), count.as('count')])
      .groupBy('view')
      .orderBy('count', 'desc')
      .execute(),
    // Each asset's latest check, whichever run made it: a later selective run updates only its assets.
    db
      .selectFrom('fixity_checks as c')
      .where('c.id', 'in', (eb) => eb.selectFrom('fixity_checks').select((e) => e.fn.max('id').as('id')).groupBy('asset_id'))
      .select([
        sql<string | null>`max(c.checked_at)`.as('lastCheckAt'),
        count.as('checked'),
        sql<number>`coalesce(sum(c.result <> 'ok'), 0)`.as('failed')
      ])
      .executeTakeFirstOrThrow()
  ])
  const inventory: ArchiveInventory = {
    assets: Number(totals.count),
    bytes: Number(totals.bytes ?? 0),
    byKind: toGroups(byKind, 'Sin tipo', (kind) => ASSET_KIND_LABELS[kind as AssetKind]),
    byYear: toGroups(byYear, 'Sin fecha'),
    byEvent: toGroups(byEvent, 'Sin evento'),
    bySerie: toGroups(bySerie, 'Sin serie asignada'),
    consent: consent.map((c) => ({ label: CONSENT_LABELS[c.view], count: Number(c.count) })),
    fixity: { lastCheckAt: fixity.lastCheckAt, checked: Number(fixity.checked), failed: Number(fixity.failed) }
  }
  return { inventory, officeName: entity?.office_name ?? '' }
}
