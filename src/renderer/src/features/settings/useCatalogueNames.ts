import { useCallback } from 'react'
import type { CatalogueKind } from '../../../../shared/domain/catalogues'
import { useCatalogue } from '../../lib/queries'

/** Turns catalogue ids into the names a person reads ("Facebook, Radio"), inactive ones included. */
export function useCatalogueNames(kind: CatalogueKind): (ids: readonly number[]) => string[] {
  const { data } = useCatalogue(kind)
  return useCallback(
    (ids) => {
      const byId = new Map((data ?? []).map((i) => [i.id, i.name]))
      return ids.map((id) => byId.get(id) ?? `#${id}`)
    },
    [data]
  )
}
