import { Paper, Stack, Switch, Table, Text, Title } from '@mantine/core'
import type { Destination, ScheduledExport } from '../../../../shared/contract'
import { formatDate } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { QueryView } from '../../components/QueryView'
import { useSchedules } from './queries'

type Toggle = { destination: Destination; schedule: ScheduledExport | undefined; active: boolean }

/** The monthly management report sent on its own, on the first working day of each month, to chosen destinations. */
export function ScheduledExports({ destinations, canEdit }: { destinations: Destination[]; canEdit: boolean }) {
  const query = useSchedules()
  const save = useApiMutation(
    ({ destination, schedule, active }: Toggle) =>
      api.delivery.saveSchedule({ ...(schedule ? { id: schedule.id } : {}), report: 'mensual', destinationId: destination.id, active }),
    {
      invalidates: [['delivery', 'schedules']],
      success: (s) =>
        s.active
          ? `El informe mensual se enviará a «${s.destinationName}» el ${formatDate(s.nextRunOn)}.`
          : `Ya no se enviará el informe mensual a «${s.destinationName}».`
    }
  )

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <div>
          <Title order={4}>Exportaciones programadas</Title>
          <Text size="sm" c="dimmed">
            El informe mensual de gestión del mes anterior se genera y se envía solo el primer día hábil de cada mes. Si la
            carpeta no está disponible, queda en la bandeja de salida.
          </Text>
        </div>
        <QueryView query={query} loadingLabel="Cargando exportaciones programadas">
          {(schedules) =>
            destinations.length === 0 ? (
              <Text size="sm" c="dimmed">
                Cree un destino para programar el envío del informe mensual.
              </Text>
            ) : (
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Destino</Table.Th>
                    <Table.Th w={260}>Informe mensual de gestión</Table.Th>
                    <Table.Th w={150}>Próximo envío</Table.Th>
                    <Table.Th w={150}>Último envío</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {destinations.map((d) => {
                    const schedule = schedules.find((s) => s.destinationId === d.id && s.report === 'mensual')
                    const on = schedule?.active ?? false
                    return (
                      <Table.Tr key={d.id}>
                        <Table.Td>{d.name}</Table.Td>
                        <Table.Td>
                          <Switch
                            label={on ? 'Programado' : 'Sin programar'}
                            aria-label={`Enviar el informe mensual a «${d.name}»`}
                            checked={on}
                            disabled={!canEdit || (!d.active && !on) || save.isPending}
                            onChange={(e) => save.mutate({ destination: d, schedule, active: e.currentTarget.checked })}
                          />
                        </Table.Td>
                        <Table.Td>{on && schedule ? formatDate(schedule.nextRunOn) : '—'}</Table.Td>
                        <Table.Td>{schedule?.lastRunOn ? formatDate(schedule.lastRunOn) : '—'}</Table.Td>
                      </Table.Tr>
                    )
                  })}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryView>
      </Stack>
    </Paper>
  )
}
