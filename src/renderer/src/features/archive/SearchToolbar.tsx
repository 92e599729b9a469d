import { Group, SegmentedControl, Select, TextInput } from '@mantine/core'
import { IconLayoutGrid, IconList, IconSearch } from '@tabler/icons-react'
import type { ArchiveSort } from '../../../../shared/domain/archive'
import { DateField } from '../../components/DateField'
import { SavedSearchMenu } from './saved-searches/SavedSearchMenu'
import { fromContractFilters, toContractFilters, type ArchiveFilters } from './view-store'

const SORT_OPTIONS: { value: ArchiveSort; label: string }[] = [
  { value: 'fecha_desc', label: 'Más recientes' },
  { value: 'fecha_asc', label: 'Más antiguos' },
  { value: 'relevancia', label: 'Relevancia' }
]

interface Props {
  filters: ArchiveFilters
  onChange: (f: ArchiveFilters) => void
  sort: ArchiveSort
  onSort: (s: ArchiveSort) => void
  view: 'grid' | 'list'
  onView: (v: 'grid' | 'list') => void
}

export function SearchToolbar({ filters, onChange, sort, onSort, view, onView }: Props) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label="Buscar en el archivo"
        placeholder="Título, palabras clave, personas, lugar, evento…"
        leftSection={<IconSearch size={16} />}
        value={filters.text}
        onChange={(e) => onChange({ ...filters, text: e.currentTarget.value })}
        style={{ flex: '1 1 280px' }}
        autoFocus
      />
      <DateField label="Desde" value={filters.from} onChange={(v) => onChange({ ...filters, from: v })} maxDate={filters.to ?? undefined} w={140} />
      <DateField label="Hasta" value={filters.to} onChange={(v) => onChange({ ...filters, to: v })} minDate={filters.from ?? undefined} w={140} />
      <Select
        label="Ordenar por"
        data={SORT_OPTIONS}
        value={sort}
        onChange={(v) => v && onSort(v as ArchiveSort)}
        allowDeselect={false}
        w={160}
      />
      <SegmentedControl
        aria-label="Vista"
        value={view}
        onChange={(v) => onView(v as 'grid' | 'list')}
        data={[
          { value: 'grid', label: <Group gap={6} wrap="nowrap"><IconLayoutGrid size={16} /> Cuadrícula</Group> },
          { value: 'list', label: <Group gap={6} wrap="nowrap"><IconList size={16} /> Lista</Group> }
        ]}
      />
      <SavedSearchMenu
        filters={toContractFilters(filters, filters.text.trim())}
        sort={sort}
        onApply={(saved) => {
          onChange(fromContractFilters(saved.filters))
          onSort(saved.sort)
        }}
      />
    </Group>
  )
}
