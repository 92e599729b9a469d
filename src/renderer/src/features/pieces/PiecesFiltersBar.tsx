import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { PIECE_STATES, PIECE_STATE_LABELS, PIECE_TYPES, PIECE_TYPE_LABELS, type PieceState, type PieceType } from '../../../../shared/domain/pieces'
import { NO_FILTERS, type PiecesFilters } from './view-store'

const STATE_OPTIONS = PIECE_STATES.map((s) => ({ value: s, label: PIECE_STATE_LABELS[s] }))
const TYPE_OPTIONS = PIECE_TYPES.map((t) => ({ value: t, label: PIECE_TYPE_LABELS[t] }))

export function PiecesFiltersBar({ value, onChange, hideState }: { value: PiecesFilters; onChange: (f: PiecesFilters) => void; hideState?: boolean }) {
  const set = <K extends keyof PiecesFilters>(key: K, v: PiecesFilters[K]) => onChange({ ...value, [key]: v })
  const filtered = JSON.stringify(value) !== JSON.stringify(NO_FILTERS)
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Buscar"
        placeholder="Código o título"
        leftSection={<IconSearch size={16} />}
        value={value.search}
        onChange={(e) => set('search', e.currentTarget.value)}
        w={240}
      />
      {!hideState && (
        <Select label="Estado" placeholder="Todos" clearable data={STATE_OPTIONS} value={value.state} onChange={(v) => set('state', v as PieceState | null)} w={210} />
      )}
      <Select label="Tipo" placeholder="Todos" clearable searchable data={TYPE_OPTIONS} value={value.type} onChange={(v) => set('type', v as PieceType | null)} w={210} />
      <Checkbox label="Solo mías" checked={value.mine} onChange={(e) => set('mine', e.currentTarget.checked)} mb={8} />
      <Checkbox label="Vencidas" checked={value.overdue} onChange={(e) => set('overdue', e.currentTarget.checked)} mb={8} />
      {filtered && (
        <Button variant="subtle" size="compact-sm" mb={6} onClick={() => onChange(NO_FILTERS)}>
          Quitar filtros
        </Button>
      )}
    </Group>
  )
}
