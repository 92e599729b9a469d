import { Select } from '@mantine/core'
import { useActivityOptions } from '../../lib/queries'

/** An optional plan activity, grouped by plan; the event's current one stays visible. */
export function ActivitySelect({
  value,
  onChange,
  error,
  current,
  label = 'Actividad del plan',
  required = false
}: {
  value: number | null
  onChange: (id: number | null) => void
  error?: string
  current?: { id: number; label: string } | null
  label?: string
  required?: boolean
}) {
  const query = useActivityOptions()
  const groups = new Map<string, { value: string; label: string }[]>()
  for (const a of query.data ?? []) groups.set(a.planName, [...(groups.get(a.planName) ?? []), { value: String(a.id), label: a.label }])
  if (current && !query.data?.some((a) => a.id === current.id)) groups.set('Actividad actual', [{ value: String(current.id), label: current.label }])
  return (
    <Select
      label={label}
      placeholder={query.data?.length === 0 ? 'No hay actividades en planes vigentes' : 'Busque la actividad'}
      searchable
      clearable={!required}
      required={required}
      data={[...groups].map(([group, items]) => ({ group, items }))}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v === null ? null : Number(v))}
      nothingFoundMessage="Sin coincidencias"
      error={error ?? (query.isError ? 'No se pudieron cargar las actividades del plan.' : undefined)}
    />
  )
}
