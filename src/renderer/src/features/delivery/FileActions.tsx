import { useState } from 'react'
import { Alert, Anchor, Button, Group, Stack } from '@mantine/core'
import { IconCircleCheck, IconClockHour4, IconDeviceFloppy, IconSend } from '@tabler/icons-react'
import { Link } from 'wouter'
import type { DeliveryResult, GeneratedFile } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { SendToDestinationModal } from './SendToDestinationModal'

type Outcome = { kind: 'saved'; path: string } | { kind: 'delivered'; result: DeliveryResult }

/** "Guardar como…" and "Enviar a destino" for a file Pauta generated, with what became of it. */
export function FileActions({ file, size = 'sm' }: { file: GeneratedFile; size?: 'xs' | 'sm' }) {
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const saveAs = useApiMutation(() => api.delivery.saveAs({ fileId: file.id }), {
    invalidates: [],
    onSuccess: (path) => {
      if (path) setOutcome({ kind: 'saved', path })
    }
  })

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button size={size} variant="default" leftSection={<IconDeviceFloppy size={16} />} loading={saveAs.isPending} onClick={() => saveAs.mutate(undefined)}>
          Guardar como…
        </Button>
        <Button size={size} variant="light" leftSection={<IconSend size={16} />} onClick={() => setSending(true)}>
          Enviar a destino
        </Button>
      </Group>
      {outcome && <OutcomeNotice outcome={outcome} onClose={() => setOutcome(null)} />}
      <SendToDestinationModal
        file={sending ? file : null}
        onClose={() => setSending(false)}
        onDelivered={(result) => setOutcome({ kind: 'delivered', result })}
      />
    </Stack>
  )
}

function OutcomeNotice({ outcome, onClose }: { outcome: Outcome; onClose: () => void }) {
  if (outcome.kind === 'saved') {
    return (
      <Alert role="status" color="green" variant="light" icon={<IconCircleCheck size={18} />} withCloseButton closeButtonLabel="Cerrar aviso" onClose={onClose}>
        Guardado en {outcome.path}
      </Alert>
    )
  }
  const { result } = outcome
  if (result.status === 'entregado') {
    return (
      <Alert role="status" color="green" variant="light" icon={<IconCircleCheck size={18} />} withCloseButton closeButtonLabel="Cerrar aviso" onClose={onClose}>
        Entregado en {result.deliveredPath}
      </Alert>
    )
  }
  return (
    <Alert
      role="status"
      color="yellow"
      variant="light"
      icon={<IconClockHour4 size={18} />}
      title="Quedó en la bandeja de salida"
      withCloseButton
      closeButtonLabel="Cerrar aviso"
      onClose={onClose}
    >
      {result.message}{' '}
      <Anchor component={Link} href="/bandeja" size="sm">
        Ver la bandeja de salida
      </Anchor>
    </Alert>
  )
}
