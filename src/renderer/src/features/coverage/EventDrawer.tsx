import { useState } from 'react'
import { Alert, Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { CoverageEventDetail } from '../../../../shared/contract/coverage'
import { eventSpan } from '../../../../shared/domain/coverage'
import { QueryView } from '../../components/QueryView'
import { AssignModal } from './AssignModal'
import { CoverageIngest } from './CoverageIngest'
import { CoveragesTable } from './CoveragesTable'
import { EventActions } from './EventActions'
import { useCoverageEvent } from './queries'
import { EventStateBadge } from './StateBadges'

/** The event with its coverages, its state buttons, and from a covered event its pieces and material. */
export function EventDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const query = useCoverageEvent(id)
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size={760} title="Evento" closeButtonProps={{ 'aria-label': 'Cerrar el evento' }}>
      {id !== null && <QueryView query={query} loadingLabel="Cargando el evento">{(event) => <EventDetail event={event} />}</QueryView>}
    </Drawer>
  )
}

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  )
}

function EventDetail({ event }: { event: CoverageEventDetail }) {
  const [assigning, setAssigning] = useState(false)
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3}>{event.title}</Title>
          <EventStateBadge state={event.state} />
        </Group>
        <Fact label="Cuándo">{eventSpan(event.startsAt, event.endsAt)}</Fact>
        <Fact label="Lugar">{event.place}</Fact>
        {event.dependenciaName && <Fact label="Dependencia solicitante">{event.dependenciaName}</Fact>}
        {event.planActivityLabel && <Fact label="Actividad del plan">{event.planActivityLabel}</Fact>}
        {event.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {event.description}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Programado por {event.createdByName}
        </Text>
      </Stack>
      {event.state === 'cancelado' && (
        <Alert color="gray" title="Evento cancelado">
          {event.cancelReason}
        </Alert>
      )}
      {event.state === 'aplazado' && (
        <Alert color="yellow" title="Evento aplazado">
          Tiene nueva fecha: confírmelo cuando la dependencia la acuerde.
        </Alert>
      )}
      <Group justify="space-between">
        <EventActions event={event} />
        <CoverageIngest event={event} />
      </Group>
      <Divider />
      <Group justify="space-between">
        <Title order={4}>Cubrimientos</Title>
        {event.allowedActions.includes('assign') && (
          <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setAssigning(true)}>
            Asignar cubrimiento
          </Button>
        )}
      </Group>
      <CoveragesTable event={event} />
      <AssignModal event={event} coverage={null} opened={assigning} onClose={() => setAssigning(false)} />
    </Stack>
  )
}
