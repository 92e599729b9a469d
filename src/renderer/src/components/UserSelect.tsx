import { Select, type SelectProps } from '@mantine/core'
import { ROLE_LABELS, type Role } from '../../../shared/domain/roles'
import { useUsers } from '../lib/queries'

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number | null
  onChange: (id: number | null) => void
  /** Lists these roles first; others stay selectable. */
  preferRoles?: Role[]
}

/** Active users, grouped by role, for choosing a writer, designer, responsible or delegate. */
export function UserSelect({ value, onChange, preferRoles = [], ...rest }: Props) {
  const query = useUsers()
  const users = (query.data ?? []).filter((u) => u.active || u.id === value)
  const rank = (r: Role) => (preferRoles.includes(r) ? preferRoles.indexOf(r) : preferRoles.length)
  const roles = [...new Set(users.map((u) => u.role))].sort((a, b) => rank(a) - rank(b))
  const data = roles.map((role) => ({
    group: ROLE_LABELS[role],
    items: users.filter((u) => u.role === role).map((u) => ({ value: String(u.id), label: u.fullName }))
  }))
  return (
    <Select
      searchable
      data={data}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v === null ? null : Number(v))}
      nothingFoundMessage="Sin coincidencias"
      {...rest}
    />
  )
}
