import { Group, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import {
  INQUIRY_CHANNELS,
  INQUIRY_CHANNEL_LABELS,
  INQUIRY_STATES,
  INQUIRY_STATE_LABELS,
  type InquiryChannel,
  type InquiryState
} from '../../../../shared/domain/inquiries'
import { UserSelect } from '../../components/UserSelect'

export interface InquiryFilterValues {
  state: InquiryState | null
  assigneeId: number | null
  channel: InquiryChannel | null
  search: string
}

const STATE_OPTIONS = INQUIRY_STATES.map((s) => ({ value: s, label: INQUIRY_STATE_LABELS[s] }))
export const CHANNEL_OPTIONS = INQUIRY_CHANNELS.map((c) => ({ value: c, label: INQUIRY_CHANNEL_LABELS[c] }))

export function InquiryFilters({ value, onChange }: { value: InquiryFilterValues; onChange: (v: InquiryFilterValues) => void }) {
  const set = (patch: Partial<InquiryFilterValues>) => onChange({ ...value, ...patch })
  return (
    <Group mb="md" align="flex-end" gap="sm">
      <TextInput
        label="Buscar"
        placeholder="Ciudadano, texto o tema"
        leftSection={<IconSearch size={16} />}
        value={value.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
        w={280}
      />
      <Select label="Estado" placeholder="Todos los estados" data={STATE_OPTIONS} clearable value={value.state} onChange={(v) => set({ state: v as InquiryState | null })} w={230} />
      <UserSelect
        label="Responsable"
        placeholder="Todas las personas"
        clearable
        preferRoles={['community_manager', 'profesional', 'jefe']}
        value={value.assigneeId}
        onChange={(assigneeId) => set({ assigneeId })}
        w={230}
      />
      <Select label="Canal" placeholder="Todos los canales" data={CHANNEL_OPTIONS} clearable value={value.channel} onChange={(v) => set({ channel: v as InquiryChannel | null })} w={190} />
    </Group>
  )
}
