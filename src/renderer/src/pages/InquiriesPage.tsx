import { useState } from 'react'
import { Button, Group } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconClockCog, IconPlus } from '@tabler/icons-react'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { EmptyState } from '../components/EmptyState'
import { useCurrentUser } from '../stores/session'
import { canHandleInquiries, canConfigureInquiries } from '../features/inquiries/abilities'
import { InquiryFiguresBar } from '../features/inquiries/InquiryFiguresBar'
import { InquiryFilters, type InquiryFilterValues } from '../features/inquiries/InquiryFilters'
import { InquiriesTable } from '../features/inquiries/InquiriesTable'
import { InquiryFormModal } from '../features/inquiries/InquiryFormModal'
import { InquiryDrawer } from '../features/inquiries/InquiryDrawer'
import { TermSettingsModal } from '../features/inquiries/TermSettingsModal'
import { periodRange, type PeriodKey } from '../features/inquiries/period'
import { useInquiries, useInquirySettings, type InquiryFilter } from '../features/inquiries/queries'

const NO_FILTERS: InquiryFilterValues = { state: null, assigneeId: null, channel: null, search: '' }

export function InquiriesPage() {
  const role = useCurrentUser()?.role
  const canEdit = canHandleInquiries(role)
  const [filters, setFilters] = useState(NO_FILTERS)
  const [search] = useDebouncedValue(filters.search.trim(), 250)
  const [periodKey, setPeriodKey] = useState<PeriodKey>('mes')
  const [creating, setCreating] = useState(false)
  const [configuring, setConfiguring] = useState(false)
  const [openId, setOpenId] = useState<number | null>(null)

  const filter: InquiryFilter = {
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(search ? { search } : {})
  }
  const filtered = Object.keys(filter).length > 0
  const query = useInquiries(filter)
  const term = useInquirySettings().data?.networkTermDays

  return (
    <>
      <PageHeader
        title="Inquietudes ciudadanas"
        description={
          term === undefined
            ? 'Preguntas de la ciudadanía por las redes y demás canales, con su término de respuesta en días hábiles.'
            : `Preguntas de la ciudadanía por las redes y demás canales. Se responden en ${term === 1 ? '1 día hábil' : `${term} días hábiles`}; las que pasan a PQRS, en el término de la Ley 1755 de 2015.`
        }
        actions={
          <Group gap="sm" wrap="nowrap">
            {canConfigureInquiries(role) && (
              <Button variant="default" leftSection={<IconClockCog size={16} />} onClick={() => setConfiguring(true)}>
                Término de respuesta
              </Button>
            )}
            {canEdit && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                Nueva inquietud
              </Button>
            )}
          </Group>
        }
      />
      <InquiryFiguresBar periodKey={periodKey} period={periodRange(periodKey)} onPeriod={setPeriodKey} />
      <InquiryFilters value={filters} onChange={setFilters} />
      <QueryView query={query} loadingLabel="Cargando inquietudes">
        {(inquiries) =>
          inquiries.length > 0 ? (
            <InquiriesTable inquiries={inquiries} onOpen={setOpenId} />
          ) : filtered ? (
            <EmptyState title="Ninguna inquietud coincide">Cambie la búsqueda o los filtros para ver más inquietudes.</EmptyState>
          ) : (
            <EmptyState title="Aún no hay inquietudes">
              {canEdit ? 'Registre la primera con «Nueva inquietud».' : 'Cuando el equipo registre las preguntas que llegan por las redes, aparecerán aquí.'}
            </EmptyState>
          )
        }
      </QueryView>
      <InquiryFormModal inquiry={null} opened={creating} onClose={() => setCreating(false)} onCreated={setOpenId} />
      {configuring && <TermSettingsModal opened onClose={() => setConfiguring(false)} />}
      <InquiryDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  )
}
