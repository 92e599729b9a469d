import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { RequestDetail } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'

/** Rejecting needs a reason: the dependencia is told why its request will not be attended. */
export function RejectRequestModal({ request, opened, onClose }: { request: RequestDetail; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Rechazar ${request.code}`} centered size="lg">
      {opened && <RejectForm request={request} onDone={onClose} />}
    </Modal>
  )
}

function RejectForm({ request, onDone }: { request: RequestDetail; onDone: () => void }) {
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : 'Escriba el motivo del rechazo; se informa a la dependencia.') }
  })
  const reject = useApiMutation((reason: string) => api.requests.reject({ id: request.id, reason }), {
    invalidates: [['requests']],
    form,
    success: (r) => `Se rechazó la solicitud ${r.code}.`,
    onSuccess: onDone
  })
  return (
    <form onSubmit={form.onSubmit((v) => reject.mutate(v.reason))} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          «{request.topic}» de {request.dependenciaName}. La solicitud queda cerrada y no genera piezas.
        </Text>
        <Textarea
          label="Motivo del rechazo"
          placeholder="Ej.: El tema no corresponde a la oficina de comunicaciones; se remite a la Secretaría de Gobierno."
          required
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" color="red" loading={reject.isPending}>
            Rechazar solicitud
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
