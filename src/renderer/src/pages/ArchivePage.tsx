import { useState } from 'react'
import { Button, Tabs } from '@mantine/core'
import { IconUpload } from '@tabler/icons-react'
import { PageHeader } from '../components/PageHeader'
import { ArchiveSearch } from '../features/archive/ArchiveSearch'
import { FolderDropZone } from '../features/archive/drop/FolderDropZone'
import { EventsView } from '../features/archive/EventsView'
import { ExportJobsView } from '../features/archive/export/ExportJobsView'
import { canExport } from '../features/archive/export/queries'
import { FixityView } from '../features/archive/fixity/FixityView'
import { canVerify } from '../features/archive/fixity/queries'
import { IngestList } from '../features/archive/IngestList'
import { IngestModal, type IngestSource } from '../features/archive/IngestModal'
import { RetentionView } from '../features/archive/retention/RetentionView'
import { canArchive } from '../features/archive/abilities'
import { NO_ARCHIVE_FILTERS, useArchiveView } from '../features/archive/view-store'
import { useCurrentUser } from '../stores/session'

export function ArchivePage() {
  const role = useCurrentUser()?.role
  const [tab, setTab] = useState('material')
  const [ingesting, setIngesting] = useState(false)
  const [dropped, setDropped] = useState<IngestSource | null>(null)
  const setFilters = useArchiveView((s) => s.setFilters)
  const canIngest = canArchive(role, 'ingest')
  const page = (
    <>
      <PageHeader
        title="Archivo audiovisual"
        description={
          canIngest
            ? 'Fotos, videos, audios y diseños de la oficina: búsquelos, descríbalos y sepa si se pueden publicar. Arrastre una carpeta aquí para ingestarla.'
            : 'Fotos, videos, audios y diseños de la oficina: búsquelos, descríbalos y sepa si se pueden publicar.'
        }
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
          {canExport(role) && <Tabs.Tab value="exportaciones">Exportaciones</Tabs.Tab>}
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
        {canExport(role) && (
          <Tabs.Panel value="exportaciones">
            <ExportJobsView />
          </Tabs.Panel>
        )}
      </Tabs>
      {canIngest && (
        <IngestModal
          opened={ingesting || dropped !== null}
          source={dropped}
          onClose={() => {
            setIngesting(false)
            setDropped(null)
          }}
        />
      )}
    </>
  )
  return canIngest ? <FolderDropZone onSource={setDropped}>{page}</FolderDropZone> : page
}
