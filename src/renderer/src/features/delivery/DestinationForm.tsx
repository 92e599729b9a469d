import { useState, type ReactNode } from 'react'
import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core'
import { Link } from 'wouter'
import { QueryView } from '../../components/QueryView'
import { useDestinations } from './queries'

interface Props {
  /** What will be copied, said before the choice. */
  intro: ReactNode
  sending: boolean
  onSend: (destinationId: number) => void
  onClose: () => void
}

/** Chooses one of the office's active destinations (or says where they are configured). */
export function DestinationForm({ intro, sending, onSend, onClose }: Props) {
  const query = useDestinations()
  const [destinationId, setDestinationId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
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
              else onSend(Number(destinationId))
            }}
          >
            <Stack gap="sm">
              <Text size="sm">{intro}</Text>
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
                <Button type="submit" loading={sending}>
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
