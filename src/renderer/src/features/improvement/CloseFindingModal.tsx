import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { FindingDetail } from '../../../../shared/contract/improvement'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { IMPROVEMENT_WRITES } from './queries'

/** Closes a finding whose actions are all at 100 %, with the note that says how it was resolved. */
export function CloseFindingModal({ finding, onClose }: { finding: FindingDetail; onClose: () => void }) {
  const form = useForm({
    initialValues: { closingNote: '' },
    validate: { closingNote: (v) => (v.trim() ? null : 'Escriba la nota de cierre: qué se logró y cómo se verificó.') }
  })
  const close = useApiMutation(api.improvement.close, {
    invalidates: IMPROVEMENT_WRITES,
    success: `Se cerró el hallazgo H${finding.number}.`,
    form,
    onSuccess: onClose
  })
  return (
    <Modal opened onClose={onClose} title={`Cerrar el hallazgo H${finding.number}`} size="lg">
      <form noValidate onSubmit={form.onSubmit((v) => close.mutate({ id: finding.id, closingNote: v.closingNote.trim() }))}>
        <Stack>
          <Text size="sm">Todas las acciones están al 100 %. Una vez cerrado, el hallazgo ya no admite cambios.</Text>
          <Textarea label="Nota de cierre" required autosize minRows={3} data-autofocus maxLength={2000} {...form.getInputProps('closingNote')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" color="green" loading={close.isPending}>
              Cerrar hallazgo
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
