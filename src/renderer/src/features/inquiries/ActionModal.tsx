import type { ReactNode } from 'react'
import { Button, Group, Modal, Stack } from '@mantine/core'

/** The frame every inquiry action shares: a titled modal with a form that submits on Enter. */
export function ActionModal({
  title,
  opened,
  onClose,
  onSubmit,
  submitLabel,
  pending,
  children
}: {
  title: string
  opened: boolean
  onClose: () => void
  onSubmit: () => void
  submitLabel: string
  pending: boolean
  children: ReactNode
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          onSubmit()
        }}
        noValidate
      >
        <Stack gap="sm">
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
