import { Group, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { REQUEST_STATES, REQUEST_STATE_LABELS, type RequestState } from '../../../../shared/domain/requests'

const STATE_OPTIONS = REQUEST_STATES.map((s) => ({ value: s, label: REQUEST_STATE_LABELS[s] }))

export function RequestFilters({
  state,
  search,
  onState,
  onSearch
}: {
  state: RequestState | null
  search: string
  onState: (s: RequestState | null) => void
  onSearch: (s: string) => void
}) {
  return (
    <Group mb="md" align="flex-end">
      <TextInput
        label="Buscar"
        placeholder="Código, tema, solicitante o dependencia"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={360}
      />
      <Select
        label="Estado"
        placeholder="Todos los estados"
        data={STATE_OPTIONS}
        clearable
        value={state}
        onChange={(v) => onState(v as RequestState | null)}
        w={220}
      />
    </Group>
  )
}
