import { useState, type FormEvent } from 'react'
import { Button, Group, Modal, Stack } from '@mantine/core'
import { useLocation } from 'wouter'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useCurrentUser } from '../../stores/session'
import { PieceFields, checkPieceFields, emptyPieceFields, errorsAt, type PieceFieldErrors, type PieceFieldsValue } from './PieceFields'
import { PIECE_WRITES } from './queries'

/** Writers usually create their own pieces, so they start as the writer. */
const WRITER_ROLES = new Set(['profesional', 'community_manager', 'audiovisual'])

export function NewPieceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const user = useCurrentUser()
  const [, navigate] = useLocation()
  const initial = () => emptyPieceFields({ writerId: user && WRITER_ROLES.has(user.role) ? user.id : null })
  const [value, setValue] = useState<PieceFieldsValue>(initial)
  const [errors, setErrors] = useState<PieceFieldErrors>({})
  const create = useApiMutation(api.pieces.create, {
    invalidates: PIECE_WRITES,
    success: (piece) => `Se creó la pieza ${piece.code}.`,
    form: { setErrors: (fields) => setErrors(errorsAt(fields)) },
    onSuccess: (piece) => {
      close()
      navigate(`/piezas/${piece.id}`)
    }
  })

  function close() {
    setValue(initial())
    setErrors({})
    create.reset()
    onClose()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const checked = checkPieceFields(value)
    if (!checked.input) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    create.mutate({ ...checked.input, requestId: null })
  }

  /** A corrected field stops showing its old message; the others keep theirs. */
  const change = (next: PieceFieldsValue) => {
    const cleared = { ...errors }
    for (const key of Object.keys(next) as (keyof PieceFieldsValue)[]) if (next[key] !== value[key]) delete cleared[key]
    setValue(next)
    setErrors(cleared)
  }

  return (
    <Modal opened={opened} onClose={close} title="Nueva pieza" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <PieceFields value={value} onChange={change} errors={errors} disabled={create.isPending} autoFocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancelar
            </Button>
            <Button type="submit" loading={create.isPending}>
              Crear pieza
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
