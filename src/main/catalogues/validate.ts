import type { CatalogueKind } from '../../shared/domain/catalogues'
import type { Db } from '../db/connection'
import type { Trx } from '../core/context'
import { validation } from '../core/errors'

const KIND_NOUN: Record<CatalogueKind, string> = {
  dependencia: 'una dependencia',
  canal: 'un canal',
  grupo_valor: 'un grupo de valor'
}

/**
 * Refuses ids that a new link may not point to: unknown, of another catalogue, or inactive.
 * `label` names the form field at the start of the message (e.g. "Canales"); `field` is the input
 * path the form shows the message under (e.g. "channelIds").
 */
export async function assertCatalogueIds(
  db: Db | Trx,
  kind: CatalogueKind,
  ids: readonly number[],
  label: string,
  field?: string
): Promise<void> {
  const fail = (message: string) => validation(message, field ? { [field]: message } : undefined)
  const unique = [...new Set(ids)]
  if (unique.length === 0) return
  const rows = await db
    .selectFrom('catalogue_items')
    .select(['id', 'kind', 'name', 'active'])
    .where('id', 'in', unique)
    .execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  for (const id of unique) {
    const row = byId.get(id)
    if (!row || row.kind !== kind) {
      throw fail(`${label}: uno de los elementos elegidos no es ${KIND_NOUN[kind]} del catálogo. Actualice la lista y elija de nuevo.`)
    }
    if (row.active !== 1) {
      throw fail(`${label}: «${row.name}» está inactivo en el catálogo. Elija otro o pida que lo activen en Configuración.`)
    }
  }
}
