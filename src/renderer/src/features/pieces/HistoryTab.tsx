import { Blockquote, Stack, Text, Timeline } from '@mantine/core'
import { IconPoint } from '@tabler/icons-react'
import type { AuditEntry } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { PIECE_STATES, PIECE_STATE_LABELS, type PieceState } from '../../../../shared/domain/pieces'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { useCatalogue } from '../../lib/queries'
import { usePieceHistory } from './queries'

const isState = (v: unknown): v is PieceState => typeof v === 'string' && (PIECE_STATES as readonly string[]).includes(v)
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

interface PublicationDetail {
  channelId: number
  publishedAt: string
  urlOrPlace: string
}
const isPublication = (v: unknown): v is PublicationDetail => {
  const p = v as Partial<PublicationDetail> | null
  return typeof p === 'object' && p !== null && typeof p.channelId === 'number' && typeof p.publishedAt === 'string' && typeof p.urlOrPlace === 'string'
}

/** Where and when each channel published it, as registered: the summary only names the channels. */
function PublicationLines({ publications }: { publications: PublicationDetail[] }) {
  const channels = useCatalogue('canal')
  const channelName = (id: number) => channels.data?.find((c) => c.id === id)?.name ?? 'Canal'
  return publications.map((p, i) => (
    <Text key={i} size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {channelName(p.channelId)}: {formatDateTime(p.publishedAt)} · {p.urlOrPlace}
    </Text>
  ))
}

/** The parts of an entry's details a person reads: state change, comments, reason, note, files. */
function EntryDetails({ details }: { details: Record<string, unknown> | null }) {
  if (!details) return null
  const { from, to } = details
  const files = Array.isArray(details.files) ? details.files.map((f: { name?: unknown }) => text(f?.name)).filter(Boolean) : []
  const publications = Array.isArray(details.publications) ? details.publications.filter(isPublication) : []
  return (
    <Stack gap={4} mt={4}>
      {isState(from) && isState(to) && from !== to && (
        <Text size="xs" c="dimmed">
          {PIECE_STATE_LABELS[from]} → {PIECE_STATE_LABELS[to]}
        </Text>
      )}
      {text(details.comments) && (
        <Blockquote p="xs" color="gray" fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text(details.comments)}
        </Blockquote>
      )}
      {text(details.reason) && <Text size="sm">Motivo: {text(details.reason)}</Text>}
      {text(details.note) && <Text size="sm">Nota: «{text(details.note)}»</Text>}
      {files.length > 0 && (
        <Text size="xs" c="dimmed">
          Archivos: {files.join(', ')}
        </Text>
      )}
      {publications.length > 0 && <PublicationLines publications={publications} />}
    </Stack>
  )
}

export function HistoryTimeline({ entries }: { entries: AuditEntry[] }) {
  const newest = [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)
  return (
    <Timeline bulletSize={20} lineWidth={2} active={-1} aria-label="Historial de la pieza">
      {newest.map((e) => (
        <Timeline.Item key={e.id} bullet={<IconPoint size={14} />} title={e.summary}>
          <Text size="xs" c="dimmed">
            {e.actorName ?? 'Sistema'} · {formatDateTime(e.at)}
          </Text>
          <EntryDetails details={e.details} />
        </Timeline.Item>
      ))}
    </Timeline>
  )
}

export function HistoryTab({ pieceId }: { pieceId: number }) {
  const query = usePieceHistory(pieceId)
  return (
    <QueryView query={query} loadingLabel="Cargando el historial">
      {(entries) => (entries.length === 0 ? <EmptyState title="Sin movimientos registrados" /> : <HistoryTimeline entries={entries} />)}
    </QueryView>
  )
}
