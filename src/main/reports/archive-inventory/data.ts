import type { Db } from '../../db/connection'

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

/**
 * The archive's figures. The audiovisual archive has no tables in this version of the database,
 * so there is nothing catalogued to count; its queries belong here when it has.
 */
export async function loadArchiveInventory(db: Db): Promise<{ inventory: ArchiveInventory; officeName: string }> {
  const entity = await db.selectFrom('entity_settings').select('office_name').executeTakeFirst()
  return { inventory: EMPTY_INVENTORY, officeName: entity?.office_name ?? '' }
}
