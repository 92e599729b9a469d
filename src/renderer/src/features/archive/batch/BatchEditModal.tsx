import { useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import type { BatchPreview } from '../../../../../shared/contract/archive-batch'
import { api, ApiError, errorMessage } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import { ARCHIVE_WRITES } from '../queries'
import { BatchChangeForm } from './BatchChangeForm'
import { BatchPreviewPanel, materials } from './BatchPreviewPanel'
import { EMPTY_BATCH, formErrors, isEmptyChange, toChange, type BatchValues } from './fields'
import { selectedCount, selectionInput, type AssetSelection } from './selection'

interface Props {
  opened: boolean
  onClose: () => void
  selection: AssetSelection
}

/** Batch edit in two steps: the change, then main's preview of what it does; only then it is applied. */
export function BatchEditModal({ opened, onClose, selection }: Props) {
  const count = selectedCount(selection)
  return (
    <Modal opened={opened} onClose={onClose} title="Editar en lote" size="xl">
      {opened && <BatchEditor selection={selection} onClose={onClose} count={count} />}
    </Modal>
  )
}

function BatchEditor({ selection, onClose, count }: { selection: AssetSelection; onClose: () => void; count: number }) {
  const form = useForm<BatchValues>({ initialValues: EMPTY_BATCH })
  const [preview, setPreview] = useState<BatchPreview | null>(null)
  const target = selectionInput(selection)
  const showErrors = (error: unknown) => {
    if (error instanceof ApiError) form.setErrors(formErrors(error.fields))
  }
  const check = useMutation({
    mutationFn: (v: BatchValues) => api.archiveBatch.preview({ ...target, change: toChange(v) }),
    onSuccess: setPreview,
    onError: showErrors
  })
  const apply = useApiMutation((v: BatchValues) => api.archiveBatch.apply({ ...target, change: toChange(v) }), {
    invalidates: ARCHIVE_WRITES,
    form: { setErrors: (fields) => form.setErrors(formErrors(fields)) },
    success: (r) => (r.changed === 1 ? 'Se actualizó 1 material.' : `Se actualizaron ${materials(r.changed)}.`),
    onSuccess: onClose
  })
  const scope = selection.kind === 'search' ? `Todo lo encontrado por la búsqueda: ${materials(count)}.` : `${materials(count)} seleccionados.`

  if (preview) {
    return (
      <Stack gap="md">
        <BatchPreviewPanel preview={preview} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPreview(null)} disabled={apply.isPending}>
            Volver
          </Button>
          <Button onClick={() => apply.mutate(form.values)} loading={apply.isPending} disabled={preview.changed === 0} data-autofocus>
            {`Aplicar a ${materials(preview.changed)}`}
          </Button>
        </Group>
      </Stack>
    )
  }
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        if (isEmptyChange(v)) {
          notifications.show({ color: 'yellow', message: 'Elija al menos un campo o escriba palabras clave o personas para añadir o quitar.' })
          return
        }
        check.mutate(v)
      })}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {scope} Los campos que no elija quedan como están en cada material.
        </Text>
        <BatchChangeForm form={form} />
        {check.isError && (
          <Alert color="red" title="No se puede aplicar este cambio">
            {errorMessage(check.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancelar
          </Button>
          <Button type="submit" loading={check.isPending}>
            Revisar el cambio
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
