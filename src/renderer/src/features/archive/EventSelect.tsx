import { useState } from 'react'
import { Anchor, Select, type SelectProps } from '@mantine/core'
import { formatDate } from '../../../../shared/dates'
import { useArchiveEvents } from './queries'
import { EventFormModal } from './EventFormModal'

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number | null
  onChange: (id: number | null) => void
  /** Offers «Nuevo evento» under the field, which creates one and chooses it. */
  allowCreate?: boolean
}

export function EventSelect({ value, onChange, allowCreate = false, ...rest }: Props) {
  const events = useArchiveEvents()
  const [creating, setCreating] = useState(false)
  // Events are often named with their date ("Rueda de prensa 12/03/2026"); the date is added only when it is not.
  const data = (events.data ?? []).map((e) => ({
    value: String(e.id),
    label: e.date && !e.name.includes(formatDate(e.date)) ? `${e.name} (${formatDate(e.date)})` : e.name
  }))
  return (
    <>
      <Select
        searchable
        clearable
        data={data}
        value={value === null ? null : String(value)}
        onChange={(v) => onChange(v === null ? null : Number(v))}
        nothingFoundMessage="Sin coincidencias"
        description={
          allowCreate ? (
            <Anchor component="button" type="button" size="xs" onClick={() => setCreating(true)}>
              Nuevo evento
            </Anchor>
          ) : undefined
        }
        {...rest}
      />
      {allowCreate && <EventFormModal opened={creating} onClose={() => setCreating(false)} onSaved={(e) => onChange(e.id)} />}
    </>
  )
}
