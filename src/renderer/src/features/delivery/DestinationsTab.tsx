import { useState } from 'react'
import { Button, Group, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { Destination, DestinationCheck } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { DestinationFormModal } from './DestinationFormModal'
import { DestinationsTable } from './DestinationsTable'
import { ScheduledExports } from './ScheduledExports'
import { useDestinations } from './queries'

/** Shared folders where reports and spreadsheets are delivered, and the monthly report sent on its own. */
export function DestinationsTab({ canEdit }: { canEdit: boolean }) {
  const query = useDestinations()
  const [editing, setEditing] = useState<{ destination: Destination | null } | null>(null)
  const [checks, setChecks] = useState<Record<number, DestinationCheck>>({})
  const check = useApiMutation((d: Destination) => api.delivery.checkDestination({ id: d.id }), {
    invalidates: [],
    onSuccess: (result, d) => setChecks((all) => ({ ...all, [d.id]: result }))
  })

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={680}>
          Carpetas compartidas a las que la oficina envía informes y hojas de cálculo: la de la Oficina de Planeación en la red, una
          unidad asignada o una memoria USB. Un archivo nunca aparece a medias en la carpeta, y si la red no está disponible espera en
          la bandeja de salida.
          {!canEdit && ' Solo el jefe de la oficina o un administrador configuran los destinos.'}
        </Text>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ destination: null })}>
            Nuevo destino
          </Button>
        )}
      </Group>
      <QueryView query={query} loadingLabel="Cargando destinos">
        {(destinations) => (
          <Stack gap="lg">
            {destinations.length === 0 ? (
              <EmptyState title="Aún no hay destinos">
                {canEdit
                  ? 'Cree el primero con «Nuevo destino»: por ejemplo, la carpeta de informes de la Oficina de Planeación.'
                  : 'Cuando el jefe de la oficina configure los destinos, aparecerán aquí.'}
              </EmptyState>
            ) : (
              <DestinationsTable
                destinations={destinations}
                checks={checks}
                checkingId={check.isPending ? (check.variables?.id ?? null) : null}
                actions={canEdit ? { check: (d) => check.mutate(d), edit: (d) => setEditing({ destination: d }) } : null}
              />
            )}
            <ScheduledExports destinations={destinations} canEdit={canEdit} />
          </Stack>
        )}
      </QueryView>
      <DestinationFormModal opened={editing !== null} destination={editing?.destination ?? null} onClose={() => setEditing(null)} />
    </Stack>
  )
}
