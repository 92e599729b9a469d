import { useState } from 'react'
import { Alert, Center, Loader, Paper, Stack } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import type { PieceDetail } from '../../../../shared/contract'
import { EmptyState } from '../../components/EmptyState'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ReturnNotice } from '../reviews/ReturnNotice'
import { ContentEditor } from './ContentEditor'
import { RichTextView } from './RichTextView'
import { VersionMeta } from './VersionMeta'
import { useContentVersion } from './queries'
import { latestVersion } from './versions'
import { PieceArchiveMaterial } from './PieceArchiveMaterial'

function readOnlyReason(piece: PieceDetail): string {
  switch (piece.state) {
    case 'revision_contenido':
      return 'El contenido está en revisión. Si se devuelve con comentarios, podrá ajustarse aquí.'
    case 'publicada':
    case 'cancelada':
    case 'aprobada':
      return 'El contenido ya no se modifica en este estado.'
    case 'borrador':
    case 'ajustes_contenido':
      return 'Solo quien redacta la pieza o el jefe de la oficina editan su contenido.'
    default:
      return 'El contenido fue aprobado; la pieza sigue en la etapa de diseño.'
  }
}

/** Loads the version the editor starts from once, so saving a new version does not reset the editor. */
function EditorLoader({ piece }: { piece: PieceDetail }) {
  const [startId] = useState(() => latestVersion(piece.contentVersions)?.id ?? null)
  const version = useContentVersion(startId)
  if (startId !== null && version.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Cargando el contenido" />
      </Center>
    )
  }
  if (version.isError) return <ErrorAlert error={version.error} title="No se pudo cargar el contenido" onRetry={() => void version.refetch()} />
  return <ContentEditor piece={piece} initialHtml={version.data?.html ?? ''} canSubmit={piece.allowedActions.includes('submitContent')} />
}

function ReadOnlyContent({ piece }: { piece: PieceDetail }) {
  const latest = latestVersion(piece.contentVersions)
  const version = useContentVersion(latest?.id ?? null)
  if (!latest) {
    return <EmptyState title="Aún no hay contenido">Quien redacta la pieza guarda aquí el texto y lo envía a revisión.</EmptyState>
  }
  return (
    <Stack gap="sm">
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
        {readOnlyReason(piece)}
      </Alert>
      <VersionMeta version={latest} />
      <Paper withBorder p="md" radius="md">
        {version.isPending ? (
          <Loader size="sm" aria-label="Cargando el contenido" />
        ) : version.isError ? (
          <ErrorAlert error={version.error} title="No se pudo cargar el contenido" onRetry={() => void version.refetch()} />
        ) : (
          <RichTextView html={version.data.html} label="Texto de la pieza" />
        )}
      </Paper>
    </Stack>
  )
}

export function ContentTab({ piece }: { piece: PieceDetail }) {
  const editable = piece.allowedActions.includes('saveContent')
  return (
    <Stack gap="md">
      <ReturnNotice piece={piece} stage="contenido" />
      {editable ? <EditorLoader key={piece.id} piece={piece} /> : <ReadOnlyContent piece={piece} />}
      <PieceArchiveMaterial piece={piece} />
    </Stack>
  )
}
