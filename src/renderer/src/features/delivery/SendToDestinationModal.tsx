import { useState } from 'react'
import { Anchor, Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import { Link } from 'wouter'
import type { DeliveryResult, GeneratedFile } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { QueryView } from '../../components/QueryView'
import { useDestinations } from './queries'

interface Props {
  file: GeneratedFile | null
  onClose: () => void
  onDelivered: (result: DeliveryResult) => void
}

/** Chooses one of the office's active destinations and hands the file to main, which copies it or queues it. */
export function SendToDestinationModal({ file, onClose, onDelivered }: Props) {
  return (
    <Modal opened={file !== null} onClose={onClose} title="Enviar a destino" centered>
      {file && <SendForm file={file} onClose={onClose} onDelivered={onDelivered} />}
    </Modal>
  )
}

function SendForm({ file, onClose, onDelivered }: { file: GeneratedFile; onClose: () => void; onDelivered: (r: DeliveryResult) => void }) {
  const query = useDestinations()
  const [destinationId, setDestinationId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const deliver = useApiMutation((id: number) => api.delivery.deliver({ fileId: file.id, destinationId: id }), {
    invalidates: [['delivery', 'outbox']],
    onSuccess: (result) => {
      onDelivered(result)
      onClose()
    }
  })

  return (
    <QueryView query={query} loadingLabel="Cargando destinos">
      {(destinations) => {
        const active = destinations.filter((d) => d.active)
        if (active.length === 0) {
          return (
            <Stack gap="sm">
              <Text size="sm">
                Aún no hay destinos activos. El jefe de la oficina o un administrador los configura en{' '}
                <Anchor component={Link} href="/configuracion" onClick={onClose}>
                  Configuración › Destinos
                </Anchor>
                .
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  Cerrar
                </Button>
              </Group>
            </Stack>
          )
        }
        const chosen = active.find((d) => String(d.id) === destinationId)
        return (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              if (!destinationId) setError('Elija el destino.')
              else deliver.mutate(Number(destinationId))
            }}
          >
            <Stack gap="sm">
              <Text size="sm">
                Se copiará <strong>{file.fileName}</strong> en la carpeta del destino. Si la carpeta no está disponible, el archivo
                queda en la bandeja de salida y Pauta lo reintenta solo.
              </Text>
              <Select
                label="Destino"
                placeholder="Seleccione"
                required
                data-autofocus
                data={active.map((d) => ({ value: String(d.id), label: d.name }))}
                value={destinationId}
                onChange={(v) => {
                  setDestinationId(v)
                  setError(null)
                }}
                error={error}
                description={chosen ? chosen.path : undefined}
              />
              <Group justify="flex-end" mt="xs">
                <Button variant="default" onClick={onClose}>
                  Cancelar
                </Button>
                <Button type="submit" loading={deliver.isPending}>
                  Enviar
                </Button>
              </Group>
            </Stack>
          </form>
        )
      }}
    </QueryView>
  )
}
