import { useState } from 'react'
import { Group, Switch, Text } from '@mantine/core'
import type { OutboxItem } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { useCurrentUser } from '../../stores/session'
import { can } from '../reports/abilities'
import { ConfirmModal } from '../settings/ConfirmModal'
import { OutboxTable } from './OutboxTable'
import { isWaiting, useOutbox } from './queries'

/** The outbox with its retry and cancel actions; delivered and cancelled items only on request. */
export function OutboxView() {
  const me = useCurrentUser()
  const manages = can(me?.role, 'manageDelivery')
  const mayRetry = manages || can(me?.role, 'generateReports')
  const [includeDone, setIncludeDone] = useState(false)
  const query = useOutbox(includeDone)
  const [cancelling, setCancelling] = useState<OutboxItem | null>(null)
  const waiting = query.data?.filter(isWaiting).length
  const retry = useApiMutation((item: OutboxItem) => api.delivery.retry({ id: item.id }), {
    invalidates: [['delivery', 'outbox']],
    success: (item) =>
      item.state === 'entregado' ? `«${item.fileName}» se entregó en ${item.deliveredPath}.` : `«${item.fileName}» sigue en la bandeja: ${item.lastError}`
  })
  const cancel = useApiMutation((item: OutboxItem) => api.delivery.cancel({ id: item.id }), {
    invalidates: [['delivery', 'outbox']],
    success: (item) => `Se canceló el envío de «${item.fileName}».`,
    onSuccess: () => setCancelling(null)
  })

  return (
    <>
      <Group justify="space-between" mb="md" align="center">
        <Text size="sm" c="dimmed" aria-live="polite">
          {waiting === undefined
            ? ''
            : waiting === 0
              ? 'No hay archivos esperando envío.'
              : `${waiting === 1 ? '1 archivo espera' : `${waiting} archivos esperan`} envío. La lista se actualiza cada 5 segundos.`}
        </Text>
        <Switch label="Mostrar entregados" checked={includeDone} onChange={(e) => setIncludeDone(e.currentTarget.checked)} />
      </Group>
      <QueryView query={query} loadingLabel="Cargando la bandeja de salida">
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={includeDone ? 'La bandeja de salida está vacía' : 'Nada pendiente de envío'}>
              Cuando envíe un informe o una hoja de cálculo a un destino que no esté disponible, el archivo esperará aquí y
              Pauta lo reintentará solo.
            </EmptyState>
          ) : (
            <OutboxTable
              items={items}
              onRetry={mayRetry ? (item) => retry.mutate(item) : null}
              // Whoever sent a file may call it back; the jefe and administrators, any file.
              onCancel={(item) => (manages || item.createdById === me?.id ? () => setCancelling(item) : null)}
              retryingId={retry.isPending ? (retry.variables?.id ?? null) : null}
            />
          )
        }
      </QueryView>
      <ConfirmModal
        opened={cancelling !== null}
        title="Cancelar el envío"
        confirmLabel="Cancelar el envío"
        loading={cancel.isPending}
        onConfirm={() => cancelling && cancel.mutate(cancelling)}
        onClose={() => setCancelling(null)}
      >
        {cancelling &&
          `«${cancelling.fileName}» no se enviará a ${cancelling.destinationName}. El archivo sigue en Pauta: puede volver a enviarlo desde Informes.`}
      </ConfirmModal>
    </>
  )
}
