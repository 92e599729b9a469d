import { useState, type FormEvent } from 'react'
import { Button, Group, Modal, Stack } from '@mantine/core'
import type { PieceDetail } from '../../../../shared/contract'
import type { PieceState } from '../../../../shared/domain/pieces'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PieceFields, checkPieceFields, errorsAt, type PieceFieldErrors, type PieceFieldName, type PieceFieldsValue } from './PieceFields'
import { PIECE_WRITES } from './queries'

/** Whether a piece needs design is settled by the content approval (main refuses changes after it). */
const DESIGN_NEED_OPEN: readonly PieceState[] = ['borrador', 'revision_contenido', 'ajustes_contenido']

const fromPiece = (p: PieceDetail): PieceFieldsValue => ({
  title: p.title,
  type: p.type,
  activityId: p.activityId,
  writerId: p.writerId,
  designerId: p.designerId,
  channelIds: p.channelIds,
  audienceIds: p.audienceIds,
  dueDate: p.dueDate,
  requiresDesign: p.requiresDesign
})

function EditForm({ piece, onClose }: { piece: PieceDetail; onClose: () => void }) {
  const [value, setValue] = useState(() => fromPiece(piece))
  const [errors, setErrors] = useState<PieceFieldErrors>({})
  const update = useApiMutation(api.pieces.update, {
    invalidates: PIECE_WRITES,
    success: 'Se guardaron los datos de la pieza.',
    form: { setErrors: (fields) => setErrors(errorsAt(fields)) },
    onSuccess: onClose
  })
  const locked: PieceFieldName[] = DESIGN_NEED_OPEN.includes(piece.state) ? ['type'] : ['type', 'requiresDesign']

  function submit(event: FormEvent) {
    event.preventDefault()
    const checked = checkPieceFields(value)
    if (!checked.input) {
      setErrors(checked.errors)
      return
    }
    const { type: _type, requiresDesign, ...rest } = checked.input
    update.mutate({ id: piece.id, ...rest, requiresDesign: requiresDesign ?? piece.requiresDesign })
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PieceFields
          value={value}
          onChange={setValue}
          errors={errors}
          disabled={update.isPending}
          lockedFields={locked}
          currentActivity={{ id: piece.activityId, label: piece.activityLabel }}
          autoFocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancelar
          </Button>
          <Button type="submit" loading={update.isPending}>
            Guardar cambios
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function EditPieceModal({ piece, opened, onClose }: { piece: PieceDetail; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Editar datos de ${piece.code}`} size="lg">
      {opened && <EditForm piece={piece} onClose={onClose} />}
    </Modal>
  )
}
