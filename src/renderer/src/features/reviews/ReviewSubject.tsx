import { useState } from 'react'
import { Accordion, Loader, Paper, SegmentedControl, Stack, Text } from '@mantine/core'
import type { PieceDetail } from '../../../../shared/contract'
import type { ReviewStage } from '../../../../shared/domain/pieces'
import { ErrorAlert } from '../../components/ErrorAlert'
import { DesignFiles } from '../pieces/DesignFiles'
import { RichTextView } from '../pieces/RichTextView'
import { VersionDiff } from '../pieces/VersionDiff'
import { VersionMeta } from '../pieces/VersionMeta'
import { useContentVersion } from '../pieces/queries'
import { latestVersion, newestFirst } from '../pieces/versions'

/** The latest content, readable as text or as the changes since the version before it. */
function ContentUnderReview({ piece }: { piece: PieceDetail }) {
  const [latest, previous] = newestFirst(piece.contentVersions)
  const [mode, setMode] = useState<'text' | 'changes'>('text')
  const current = useContentVersion(latest?.id ?? null)
  const before = useContentVersion(mode === 'changes' && previous ? previous.id : null)
  if (!latest) return <Text c="dimmed">La pieza no tiene contenido guardado.</Text>
  if (current.isError) return <ErrorAlert error={current.error} title="No se pudo cargar el contenido" onRetry={() => void current.refetch()} />
  return (
    <Stack gap="sm">
      <VersionMeta version={latest} />
      {previous && (
        <SegmentedControl
          aria-label="Mostrar"
          size="xs"
          value={mode}
          onChange={(v) => setMode(v as 'text' | 'changes')}
          data={[
            { value: 'text', label: 'Texto' },
            { value: 'changes', label: `Cambios desde la versión ${previous.number}` }
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {current.isPending || (mode === 'changes' && before.isPending) ? (
        <Loader size="sm" aria-label="Cargando el contenido" />
      ) : mode === 'changes' && before.data ? (
        <VersionDiff before={before.data.text} after={current.data.text} label={`Cambios desde la versión ${previous!.number}`} />
      ) : (
        <Paper withBorder p="md" radius="md">
          <RichTextView html={current.data.html} label="Texto en revisión" />
        </Paper>
      )}
    </Stack>
  )
}

function ApprovedText({ piece }: { piece: PieceDetail }) {
  const latest = latestVersion(piece.contentVersions)
  const version = useContentVersion(latest?.id ?? null)
  if (!latest) return null
  if (version.isError) return <ErrorAlert error={version.error} />
  if (version.isPending) return <Loader size="sm" aria-label="Cargando el texto aprobado" />
  return <RichTextView html={version.data.html} label="Texto aprobado" />
}

function DesignUnderReview({ piece }: { piece: PieceDetail }) {
  const latest = latestVersion(piece.designVersions)
  return (
    <Stack gap="sm">
      {latest ? (
        <>
          <VersionMeta version={latest} label="Diseño · versión" />
          <DesignFiles files={latest.files} />
        </>
      ) : (
        <Text c="dimmed">La pieza no tiene archivos de diseño.</Text>
      )}
      {piece.contentVersions.length > 0 && (
        <Accordion variant="contained" radius="md">
          <Accordion.Item value="texto">
            <Accordion.Control>Ver el texto aprobado</Accordion.Control>
            <Accordion.Panel>
              <ApprovedText piece={piece} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
    </Stack>
  )
}

/** What the approver reads before deciding: the content text, or the design files. */
export function ReviewSubject({ piece, stage }: { piece: PieceDetail; stage: ReviewStage }) {
  return stage === 'contenido' ? <ContentUnderReview piece={piece} /> : <DesignUnderReview piece={piece} />
}
