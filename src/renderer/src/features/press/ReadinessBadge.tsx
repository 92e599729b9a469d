import { Badge, Stack, Text } from '@mantine/core'
import type { BulletinReadiness } from '../../../../shared/contract/press'

/** Whether the bulletin's piece has its approvals, and what is missing when it does not. */
export function ReadinessBadge({ readiness }: { readiness: BulletinReadiness }) {
  if (readiness.ready) {
    return (
      <Badge color="green" variant="light">
        Aprobado
      </Badge>
    )
  }
  return (
    <Stack gap={2}>
      <Badge color={readiness.pieceState === 'cancelada' ? 'gray' : 'orange'} variant="light">
        {readiness.pieceState === 'cancelada' ? 'Cancelado' : 'Sin aprobar'}
      </Badge>
      <Text size="xs" c="dimmed">
        {readiness.missing}
      </Text>
    </Stack>
  )
}
