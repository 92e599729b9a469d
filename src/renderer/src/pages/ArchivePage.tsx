import { useState } from 'react'
import { Button, Tabs } from '@mantine/core'
import { IconUpload } from '@tabler/icons-react'
import { PageHeader } from '../components/PageHeader'
import { ArchiveSearch } from '../features/archive/ArchiveSearch'
import { EventsView } from '../features/archive/EventsView'
import { FixityView } from '../features/archive/fixity/FixityView'
import { canVerify } from '../features/archive/fixity/queries'
import { IngestList } from '../features/archive/IngestList'
import { IngestModal } from '../features/archive/IngestModal'
import { RetentionView } from '../features/archive/retention/RetentionView'
import { canArchive } from '../features/archive/abilities'
import { NO_ARCHIVE_FILTERS, useArchiveView } from '../features/archive/view-store'
import { useCurrentUser } from '../stores/session'

export function ArchivePage() {
  const role = useCurrentUser()?.role
  const [tab, setTab] = useState('material')
  const [ingesting, setIngesting] = useState(false)
  const setFilters = useArchiveView((s) => s.setFilters)
  const canIngest = canArchive(role, 'ingest')
  return (
    <>
      <PageHeader
        title="Archivo audiovisual"
        description="Fotos, videos, audios y diseños de la oficina: búsquelos, descríbalos y sepa si se pueden publicar."
        actions={
          canIngest && (
            <Button leftSection={<IconUpload size={16} />} onClick={() => setIngesting(true)}>
              Ingestar material
            </Button>
          )
        }
      />
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="material">Material</Tabs.Tab>
          <Tabs.Tab value="ingestas">Ingestas</Tabs.Tab>
          <Tabs.Tab value="eventos">Eventos</Tabs.Tab>
          <Tabs.Tab value="integridad">Integridad</Tabs.Tab>
          <Tabs.Tab value="retencion">Retención</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="material">
          <ArchiveSearch canIngest={canIngest} />
        </Tabs.Panel>
        <Tabs.Panel value="ingestas">
          <IngestList />
        </Tabs.Panel>
        <Tabs.Panel value="eventos">
          <EventsView
            canEdit={canArchive(role, 'catalogue')}
            onShow={(e) => {
              setFilters({ ...NO_ARCHIVE_FILTERS, eventId: [e.id] })
              setTab('material')
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="retencion">
          <RetentionView role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="integridad">
          <FixityView canVerify={canVerify(role)} />
        </Tabs.Panel>
      </Tabs>
      {canIngest && <IngestModal opened={ingesting} onClose={() => setIngesting(false)} />}
    </>
  )
}
