import { useState } from 'react'
import { Anchor, Badge, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconPaperclip } from '@tabler/icons-react'
import type { MediaClip } from '../../../../shared/contract/monitoring'
import { formatDate } from '../../../../shared/dates'
import { MEDIUM_TYPE_LABELS, TONES } from '../../../../shared/domain/monitoring'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { ClipActions } from './ClipActions'
import { ClipDeleteModal } from './ClipDeleteModal'
import { ClipEditModal } from './ClipEditModal'
import { useDayClips } from './queries'
import { ToneBadge } from './ToneBadge'

const integer = new Intl.NumberFormat('es-CO')

/** The clips of the day the form is on, newest last, with duplicates marked. */
export function DayClipsTable({ date, today }: { date: string | null; today: string }) {
  const query = useDayClips(date)
  const [editing, setEditing] = useState<MediaClip | null>(null)
  const [deleting, setDeleting] = useState<MediaClip | null>(null)
  if (date === null) return <Text c="dimmed">Escriba una fecha para ver sus notas.</Text>
  return (
    <>
      <QueryView query={query} loadingLabel="Cargando las notas del día">
        {(clips) =>
          clips.length === 0 ? (
            <EmptyState title={`Aún no hay notas del ${formatDate(date)}`}>
              Registre la primera con el formulario de arriba: escriba el titular y pulse Enter.
            </EmptyState>
          ) : (
            <Stack gap="xs">
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {clips.length} {clips.length === 1 ? 'nota' : 'notas'} del {formatDate(date)}
                </Text>
                {TONES.map((tone) => (
                  <ToneBadge key={tone} tone={tone} count={clips.filter((c) => c.tone === tone).length} />
                ))}
              </Group>
              <Table.ScrollContainer minWidth={880}>
                <Table striped highlightOnHover stickyHeader verticalSpacing="xs" aria-label={`Notas del ${formatDate(date)}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={120}>Tono</Table.Th>
                      <Table.Th>Medio</Table.Th>
                      <Table.Th>Titular</Table.Th>
                      <Table.Th>Tema</Table.Th>
                      <Table.Th>Dependencia y vocero</Table.Th>
                      <Table.Th ta="right">Alcance</Table.Th>
                      <Table.Th w={48}>
                        <VisuallyHidden>Acciones</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {clips.map((clip) => (
                      <ClipRow key={clip.id} clip={clip} onEdit={() => setEditing(clip)} onDelete={() => setDeleting(clip)} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          )
        }
      </QueryView>
      <ClipEditModal clip={editing} today={today} onClose={() => setEditing(null)} />
      <ClipDeleteModal clip={deleting} onClose={() => setDeleting(null)} />
    </>
  )
}

function ClipRow({ clip, onEdit, onDelete }: { clip: MediaClip; onEdit: () => void; onDelete: () => void }) {
  return (
    <Table.Tr>
      <Table.Td>
        <ToneBadge tone={clip.tone} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {clip.medium}
        </Text>
        <Text size="xs" c="dimmed">
          {[MEDIUM_TYPE_LABELS[clip.mediumType], clip.program].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td maw={420}>
        <Text size="sm">{clip.headline}</Text>
        {clip.url && (
          <Text size="xs" c="dimmed" truncate="end" title={clip.url}>
            {clip.url}
          </Text>
        )}
        <Group gap={6} mt={2}>
          {clip.duplicateIds.length > 0 && (
            <Tooltip label="Otra nota registrada tiene la misma URL">
              <Badge color="yellow" variant="light" size="sm">
                URL repetida
              </Badge>
            </Tooltip>
          )}
          {clip.attachment && (
            <Anchor href={clip.attachment.url} download={clip.attachment.name} size="xs">
              <Group gap={2} component="span">
                <IconPaperclip size={12} />
                {clip.attachment.name}
              </Group>
            </Anchor>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{clip.topic}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{clip.dependenciaName ?? '—'}</Text>
        {clip.spokesperson && (
          <Text size="xs" c="dimmed">
            {clip.spokesperson}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{clip.reach === null ? '—' : integer.format(clip.reach)}</Text>
      </Table.Td>
      <Table.Td>
        <ClipActions clip={clip} onEdit={onEdit} onDelete={onDelete} />
      </Table.Td>
    </Table.Tr>
  )
}
