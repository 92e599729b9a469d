import { useState } from 'react'
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconCheck, IconPencil, IconSearch, IconX } from '@tabler/icons-react'
import { Link } from 'wouter'
import type { RequestDetail } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { AcceptRequestModal } from './AcceptRequestModal'
import { RejectRequestModal } from './RejectRequestModal'
import { RequestFormModal } from './RequestFormModal'
import { RequestPieces } from './RequestPieces'
import { RequestStateBadge } from './RequestStateBadge'
import { RequestSummary } from './RequestSummary'

type Dialog = 'edit' | 'accept' | 'reject' | null

/** One request: what was asked and, while it is open, the decision on it. */
export function RequestView({ request: r, canManage }: { request: RequestDetail; canManage: boolean }) {
  const [dialog, setDialog] = useState<Dialog>(null)
  const open = canManage && (r.state === 'recibida' || r.state === 'en_analisis')
  const startAnalysis = useApiMutation(() => api.requests.startAnalysis({ id: r.id }), {
    invalidates: [['requests']],
    success: (saved) => `${saved.code} quedó en análisis.`
  })

  return (
    <Stack gap="lg">
      <Anchor component={Link} href="/solicitudes" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          Solicitudes
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Text c="dimmed" fw={600}>
              {r.code}
            </Text>
            <RequestStateBadge state={r.state} />
          </Group>
          <Title order={2}>{r.topic}</Title>
        </Stack>
        {open && (
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
              Editar
            </Button>
            {r.state === 'recibida' && (
              <Button variant="light" leftSection={<IconSearch size={16} />} loading={startAnalysis.isPending} onClick={() => startAnalysis.mutate(undefined)}>
                Iniciar análisis
              </Button>
            )}
            <Button variant="light" color="red" leftSection={<IconX size={16} />} onClick={() => setDialog('reject')}>
              Rechazar
            </Button>
            <Button leftSection={<IconCheck size={16} />} onClick={() => setDialog('accept')}>
              Aceptar y crear piezas
            </Button>
          </Group>
        )}
      </Group>
      <RequestSummary request={r} />
      {r.state !== 'rechazada' && <RequestPieces pieces={r.pieces} />}
      <RequestFormModal request={r} opened={dialog === 'edit'} onClose={() => setDialog(null)} />
      <AcceptRequestModal request={r} opened={dialog === 'accept'} onClose={() => setDialog(null)} />
      <RejectRequestModal request={r} opened={dialog === 'reject'} onClose={() => setDialog(null)} />
    </Stack>
  )
}
