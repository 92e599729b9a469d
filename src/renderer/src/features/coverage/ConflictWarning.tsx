import { Alert, List } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { CoverageConflict } from '../../../../shared/contract/coverage'

/** The person already covers events at that time: a warning, the assignment may still go ahead. */
export function ConflictWarning({ conflicts }: { conflicts: CoverageConflict[] }) {
  if (conflicts.length === 0) return null
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Cruce de horario">
      <List size="sm" spacing={2}>
        {conflicts.map((c) => (
          <List.Item key={`${c.eventId}-${c.need}`}>{c.message}</List.Item>
        ))}
      </List>
    </Alert>
  )
}
