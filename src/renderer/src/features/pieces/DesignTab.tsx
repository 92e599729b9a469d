import { useState } from 'react'
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { IconPaperclip } from '@tabler/icons-react'
import type { PieceDetail } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { EmptyState } from '../../components/EmptyState'
import { ReturnNotice } from '../reviews/ReturnNotice'
import { DesignFiles } from './DesignFiles'
import { VersionMeta } from './VersionMeta'
import { PIECE_WRITES } from './queries'
import { newestFirst } from './versions'

function DesignActions({ piece }: { piece: PieceDetail }) {
  const [note, setNote] = useState('')
  const canAttach = piece.allowedActions.includes('attachDesign')
  const canSubmit = piece.allowedActions.includes('submitDesign')
  const attach = useApiMutation(() => api.pieces.attachDesign({ pieceId: piece.id, note: note.trim() }), {
    invalidates: PIECE_WRITES,
    // Closing the file picker without choosing leaves the piece as it was: nothing to announce.
    success: (p) =>
      p.designVersions.length > piece.designVersions.length
        ? `Se adjuntó la versión ${Math.max(...p.designVersions.map((v) => v.number))} del diseño.`
        : null,
    onSuccess: (p) => {
      if (p.designVersions.length > piece.designVersions.length) setNote('')
    }
  })
  const submit = useApiMutation(() => api.pieces.submitDesign({ pieceId: piece.id }), {
    invalidates: PIECE_WRITES,
    success: 'El diseño se envió a revisión.'
  })
  if (!canAttach && !canSubmit) return null
  return (
    <Paper withBorder p="md" radius="md">
      <Group align="flex-end" justify="space-between" wrap="wrap">
        {canAttach && (
          <Group align="flex-end" style={{ flex: '1 1 420px' }} wrap="nowrap">
            <TextInput
              label="Nota del diseño (opcional)"
              placeholder="P. ej. «Versión cuadrada para Instagram»"
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={500}
              style={{ flex: 1 }}
            />
            <Button leftSection={<IconPaperclip size={16} />} variant="default" onClick={() => attach.mutate()} loading={attach.isPending}>
              Adjuntar archivos de diseño
            </Button>
          </Group>
        )}
        {canSubmit && (
          <Button onClick={() => submit.mutate()} loading={submit.isPending} disabled={piece.designVersions.length === 0}>
            Enviar a revisión de diseño
          </Button>
        )}
      </Group>
      {canAttach && (
        <Text size="xs" c="dimmed" mt="xs">
          Se abre el selector de archivos del equipo; los archivos elegidos se copian a Pauta como una nueva versión.
        </Text>
      )}
    </Paper>
  )
}

export function DesignTab({ piece }: { piece: PieceDetail }) {
  const versions = newestFirst(piece.designVersions)
  return (
    <Stack gap="md">
      <ReturnNotice piece={piece} stage="diseno" />
      <DesignActions piece={piece} />
      {versions.length === 0 ? (
        <EmptyState title="Aún no hay archivos de diseño">
          {piece.state === 'borrador' || piece.state === 'revision_contenido' || piece.state === 'ajustes_contenido'
            ? 'El diseño empieza cuando se aprueba el contenido.'
            : 'Quien diseña la pieza adjunta aquí los archivos y los envía a revisión.'}
        </EmptyState>
      ) : (
        versions.map((v, i) => (
          <Paper key={v.id} withBorder p="md" radius="md" component="section" aria-label={`Diseño, versión ${v.number}`}>
            <Group justify="space-between" mb="sm">
              <VersionMeta version={v} label="Diseño · versión" />
              {i === 0 && (
                <Text size="xs" c="indigo.7" fw={600}>
                  Más reciente
                </Text>
              )}
            </Group>
            <DesignFiles files={v.files} />
          </Paper>
        ))
      )}
    </Stack>
  )
}
