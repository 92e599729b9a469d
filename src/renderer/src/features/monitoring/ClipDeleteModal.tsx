import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { MediaClip } from '../../../../shared/contract/monitoring'
import { formatDate } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'

export function ClipDeleteModal({ clip, onClose }: { clip: MediaClip | null; onClose: () => void }) {
  const remove = useApiMutation((id: number) => api.monitoring.remove({ id }), {
    invalidates: [['monitoring'], ['home']],
    success: 'Nota eliminada.',
    onSuccess: onClose
  })
  return (
    <Modal opened={clip !== null} onClose={onClose} title="Eliminar nota de medios" centered>
      {clip && (
        <Stack gap="md">
          <Text size="sm">
            ¿Eliminar «{clip.headline}» ({clip.medium}, {formatDate(clip.clipDate)})? Dejará de contar en el boletín y en las tendencias; el
            registro de auditoría conserva lo que decía.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancelar
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(clip.id)}>
              Eliminar nota
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
