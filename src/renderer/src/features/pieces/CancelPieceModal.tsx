import { useState, type FormEvent } from 'react'
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import type { PieceDetail } from '../../../../shared/contract'
import { ApiError, api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PIECE_WRITES } from './queries'

export function CancelPieceModal({ piece, opened, onClose }: { piece: PieceDetail; opened: boolean; onClose: () => void }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const cancel = useApiMutation((r: string) => api.pieces.cancel({ pieceId: piece.id, reason: r }), {
    invalidates: PIECE_WRITES,
    success: `Se canceló la pieza ${piece.code}.`,
    onSuccess: () => close()
  })

  function close() {
    setReason('')
    setError(null)
    onClose()
  }

  function submit(event?: FormEvent) {
    event?.preventDefault()
    if (!reason.trim()) {
      setError('Escriba el motivo de la cancelación.')
      return
    }
    cancel.mutate(reason.trim(), {
      onError: (e) => {
        if (e instanceof ApiError && e.fields.reason) setError(e.fields.reason)
      }
    })
  }

  return (
    <Modal opened={opened} onClose={close} title={`Cancelar la pieza ${piece.code}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            La pieza «{piece.title}» dejará de tramitarse. Sus versiones, revisiones e historial se conservan, pero no se podrá volver a abrir.
          </Text>
          <Textarea
            label="Motivo de la cancelación"
            required
            data-autofocus
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value)
              setError(null)
            }}
            onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Volver
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              Cancelar pieza
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
