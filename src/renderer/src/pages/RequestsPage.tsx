import { useState } from 'react'
import { Button } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import type { RequestState } from '../../../shared/domain/requests'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { EmptyState } from '../components/EmptyState'
import { useCurrentUser } from '../stores/session'
import { canManage } from '../features/auth/abilities'
import { useRequests } from '../features/requests/queries'
import { RequestFilters } from '../features/requests/RequestFilters'
import { RequestsTable } from '../features/requests/RequestsTable'
import { RequestFormModal } from '../features/requests/RequestFormModal'
import { ExportMenu } from '../features/reports/ExportMenu'

export function RequestsPage() {
  const canEdit = canManage(useCurrentUser()?.role, 'requests')
  const [state, setState] = useState<RequestState | null>(null)
  const [search, setSearch] = useState('')
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250)
  const [creating, setCreating] = useState(false)
  const filtered = state !== null || debouncedSearch !== ''
  const filter = { ...(state ? { state } : {}), ...(debouncedSearch ? { search: debouncedSearch } : {}) }
  const query = useRequests(filter)

  return (
    <>
      <PageHeader
        title="Solicitudes"
        description="Lo que las dependencias piden a la oficina: se analizan y, si proceden, se convierten en piezas."
        actions={
          <>
            <ExportMenu request={{ list: 'solicitudes', filters: filter }} />
            {canEdit && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                Nueva solicitud
              </Button>
            )}
          </>
        }
      />
      <RequestFilters state={state} search={search} onState={setState} onSearch={setSearch} />
      <QueryView query={query} loadingLabel="Cargando solicitudes">
        {(requests) =>
          requests.length > 0 ? (
            <RequestsTable requests={requests} />
          ) : filtered ? (
            <EmptyState title="Ninguna solicitud coincide">Cambie la búsqueda o el estado para ver más solicitudes.</EmptyState>
          ) : (
            <EmptyState title="Aún no hay solicitudes">
              {canEdit ? 'Registre la primera con «Nueva solicitud».' : 'Cuando el equipo registre solicitudes de las dependencias, aparecerán aquí.'}
            </EmptyState>
          )
        }
      </QueryView>
      <RequestFormModal request={null} opened={creating} onClose={() => setCreating(false)} />
    </>
  )
}
