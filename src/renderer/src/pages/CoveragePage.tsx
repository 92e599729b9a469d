import { useState } from 'react'
import { Button } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { PageHeader } from '../components/PageHeader'
import { CoverageCalendar } from '../features/coverage/CoverageCalendar'
import { EventDrawer } from '../features/coverage/EventDrawer'
import { EventFormModal } from '../features/coverage/EventFormModal'
import { canSchedule } from '../features/coverage/abilities'
import { useCurrentUser } from '../stores/session'

export function CoveragePage() {
  const canEdit = canSchedule(useCurrentUser()?.role)
  const [creating, setCreating] = useState(false)
  const [openId, setOpenId] = useState<number | null>(null)
  return (
    <>
      <PageHeader
        title="Cubrimientos"
        description="Eventos de la entidad por cubrir, quién los cubre y cuándo entrega."
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Nuevo evento
            </Button>
          )
        }
      />
      <CoverageCalendar onOpen={setOpenId} />
      <EventFormModal event={null} opened={creating} onClose={() => setCreating(false)} onSaved={setOpenId} />
      <EventDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  )
}
