import { useState } from 'react'
import { Anchor, Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import { Link } from 'wouter'
import type { DeliveryResult } from '../../../../shared/contract'
import type { MediaDigest } from '../../../../shared/contract/monitoring'
import { QueryView } from '../../components/QueryView'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useDestinations } from '../delivery/queries'

interface Props {
  digest: MediaDigest | null
  onClose: () => void
  onSent: (results: DeliveryResult[]) => void
}

/** Both files of the digest go to one destination folder, or wait together in the outbox. */
export function SendDigestModal({ digest, onClose, onSent }: Props) {
  return (
    <Modal opened={digest !== null} onClose={onClose} title="Enviar boletín a destino" centered>
      {digest && <SendForm digest={digest} onClose={onClose} onSent={onSent} />}
    </Modal>
  )
}

function SendForm({ digest, onClose, onSent }: { digest: MediaDigest; onClose: () => void; onSent: (r: DeliveryResult[]) => void }) {
  const query = useDestinations()
  const [destinationId, setDestinationId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const send = useApiMutation((id: number) => api.monitoring.sendDigest({ digestId: digest.id, destinationId: id }), {
    invalidates: [['delivery', 'outbox']],
    onSuccess: (results) => {
      onSent(results)
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
        return (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              if (!destinationId) setError('Elija el destino.')
              else send.mutate(Number(destinationId))
            }}
          >
            <Stack gap="sm">
              <Text size="sm">
                Se copiarán <strong>{digest.pdf.fileName}</strong> y <strong>{digest.html.fileName}</strong> (para pegar o adjuntar en el correo a
                los directivos) en la carpeta del destino. Si no está disponible, quedan en la bandeja de salida.
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
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  Cancelar
                </Button>
                <Button type="submit" loading={send.isPending}>
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
