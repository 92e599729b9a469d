import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'

/** Asks why before a cancellation; `onConfirm` runs the write and resolves when it is saved. */
export function ReasonModal({
  opened,
  title,
  intro,
  confirmLabel,
  loading,
  onClose,
  onConfirm
}: {
  opened: boolean
  title: string
  intro: string
  confirmLabel: string
  loading: boolean
  onClose: () => void
  onConfirm: (reason: string) => void
}) {
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : 'Escriba el motivo de la cancelación.') }
  })
  const close = () => {
    form.reset()
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title={title}>
      <form onSubmit={form.onSubmit((v) => onConfirm(v.reason.trim()))} noValidate>
        <Stack gap="sm">
          <Text size="sm">{intro}</Text>
          <Textarea label="Motivo" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Volver
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
