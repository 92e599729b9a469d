import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core'
import type { CatalogueKind } from '../../../shared/domain/catalogues'
import { useCatalogue } from '../lib/queries'

/** Inactive items stay visible when already chosen, so old records still read right. */
function options(items: { id: number; name: string; active: boolean }[] | undefined, chosen: number[]) {
  return (items ?? [])
    .filter((i) => i.active || chosen.includes(i.id))
    .map((i) => ({ value: String(i.id), label: i.active ? i.name : `${i.name} (inactivo)` }))
}

type MultiProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  kind: CatalogueKind
  value: number[]
  onChange: (ids: number[]) => void
}

export function CatalogueMultiSelect({ kind, value, onChange, ...rest }: MultiProps) {
  const query = useCatalogue(kind)
  return (
    <MultiSelect
      searchable
      data={options(query.data, value)}
      value={value.map(String)}
      onChange={(v) => onChange(v.map(Number))}
      nothingFoundMessage="Sin coincidencias"
      {...rest}
    />
  )
}

type SingleProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  kind: CatalogueKind
  value: number | null
  onChange: (id: number | null) => void
}

export function CatalogueSelect({ kind, value, onChange, ...rest }: SingleProps) {
  const query = useCatalogue(kind)
  return (
    <Select
      searchable
      data={options(query.data, value === null ? [] : [value])}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v === null ? null : Number(v))}
      nothingFoundMessage="Sin coincidencias"
      {...rest}
    />
  )
}
