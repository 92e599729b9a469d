import { Stack } from '@mantine/core'
import type { Role } from '../../../../../shared/domain/roles'
import { AssignMatching } from './AssignMatching'
import { DueView } from './DueView'
import { SeriesTable } from './SeriesTable'
import { canManageRetention } from './queries'

/** The "Retención" tab of the Archivo: the TRD, assigning it to material, and what is due. */
export function RetentionView({ role }: { role: Role | undefined }) {
  const canEdit = canManageRetention(role)
  return (
    <Stack gap="xl">
      <SeriesTable canEdit={canEdit} />
      {canEdit && <AssignMatching />}
      <DueView />
    </Stack>
  )
}
