import { Select, type SelectProps } from '@mantine/core'
import { NEED_ROLES, canCoverNeed, type CoverageNeed } from '../../../../shared/domain/coverage'
import { ROLE_LABELS } from '../../../../shared/domain/roles'
import { useUsers } from '../../lib/queries'

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  need: CoverageNeed | null
  value: number | null
  onChange: (id: number | null) => void
}

/** Active people whose role covers the need (and the jefe), those of the need's role first. */
export function AssigneeSelect({ need, value, onChange, ...rest }: Props) {
  const query = useUsers()
  const users = (query.data ?? []).filter((u) => u.active && (need === null || canCoverNeed(u.role, need)))
  const roles = [...new Set(users.map((u) => u.role))].sort((a, b) => Number(a === 'jefe') - Number(b === 'jefe'))
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
      nothingFoundMessage="Nadie con ese nombre puede cubrirlo"
      placeholder={need ? `${NEED_ROLES[need].map((r) => ROLE_LABELS[r]).join(', ')} o el jefe` : 'Elija primero la necesidad'}
      {...rest}
    />
  )
}
