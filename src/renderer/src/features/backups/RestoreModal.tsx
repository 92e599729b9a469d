import { useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { BackupItem } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { api, errorMessage } from '../../lib/api'
import { useSession } from '../../stores/session'

const CONFIRM_WORD = 'RESTAURAR'

/** Replacing every record is the hardest write to undo: the person names the copy's date and types a word. */
export function RestoreModal({ backup, onClose }: { backup: BackupItem | null; onClose: () => void }) {
  return (
    <Modal opened={backup !== null} onClose={onClose} title="Restaurar una copia de seguridad" centered size="lg">
      {backup && <RestoreForm backup={backup} onClose={onClose} />}
    </Modal>
  )
}

function RestoreForm({ backup, onClose }: { backup: BackupItem; onClose: () => void }) {
  const [typed, setTyped] = useState('')
  const queryClient = useQueryClient()
  const setStatus = useSession((s) => s.setStatus)
  const when = formatDateTime(backup.createdAt)
  const restore = useMutation({
    mutationFn: () => api.backups.restore({ fileName: backup.fileName }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: `Se restauró la copia del ${when}; los datos que había quedaron guardados aparte.`, autoClose: 10_000 })
      onClose()
      // Every record may have changed, sessions included: forget all cached data and ask main who is signed in.
      queryClient.clear()
      setStatus(await api.app.status())
    },
    onError: (error) => notifications.show({ color: 'red', title: 'No se restauró la copia', message: errorMessage(error), autoClose: 10_000 })
  })
  const confirmed = typed.trim().toUpperCase() === CONFIRM_WORD

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (confirmed) restore.mutate()
      }}
    >
      <Stack gap="md">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={`Los datos volverán a como estaban el ${when}`}>
          Todo lo registrado después de esa fecha (piezas, solicitudes, aprobaciones, publicaciones, estadísticas) no estará en la
          base restaurada. Antes de reemplazarla, Pauta comprueba la integridad de la copia y guarda aparte la base de datos actual,
          sin borrarla.
        </Alert>
        <Text size="sm">
          Copia: <strong>{backup.fileName}</strong>
        </Text>
        <TextInput
          label={`Para confirmar, escriba ${CONFIRM_WORD}`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancelar
          </Button>
          <Button type="submit" color="red" disabled={!confirmed} loading={restore.isPending}>
            Restaurar la copia del {when}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
