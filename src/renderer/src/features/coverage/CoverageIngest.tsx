import { useState } from 'react'
import { Button } from '@mantine/core'
import { IconPhotoUp } from '@tabler/icons-react'
import type { CoverageEventDetail } from '../../../../shared/contract/coverage'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useCurrentUser } from '../../stores/session'
import { canArchive } from '../archive/abilities'
import { IngestModal, type IngestPreset } from '../archive/IngestModal'
import { COVERAGE_WRITES } from './queries'

/** Opens the archive ingest with the event's template, so the photos land catalogued under it. */
export function CoverageIngest({ event }: { event: CoverageEventDetail }) {
  const user = useCurrentUser()
  const [preset, setPreset] = useState<IngestPreset | null>(null)
  const link = useApiMutation(api.coverage.archiveEvent, {
    invalidates: [...COVERAGE_WRITES, ['archive']],
    onSuccess: (t) => setPreset({ eventId: t.archiveEventId, place: t.place, city: t.city, creator: t.creator, dependenciaId: t.dependenciaId })
  })
  if (!canArchive(user?.role, 'ingest') || (event.state !== 'en_curso' && event.state !== 'cubierto')) return null
  return (
    <>
      <Button size="sm" variant="light" leftSection={<IconPhotoUp size={16} />} loading={link.isPending} onClick={() => link.mutate({ eventId: event.id })}>
        Ingestar material
      </Button>
      <IngestModal opened={preset !== null} onClose={() => setPreset(null)} preset={preset ?? undefined} />
    </>
  )
}
