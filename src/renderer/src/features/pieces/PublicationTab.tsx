import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { PieceDetail, Publication } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { EmptyState } from '../../components/EmptyState'
import { PublicationForm } from './PublicationForm'

const isUrl = (s: string) => /^https?:\/\//i.test(s)

function PublicationsTable({ publications }: { publications: Publication[] }) {
  const sorted = [...publications].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing="xs" aria-label="Publicaciones registradas">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Canal</Table.Th>
            <Table.Th>Fecha y hora</Table.Th>
            <Table.Th>URL o lugar</Table.Th>
            <Table.Th>Registró</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td fw={500}>{p.channelName}</Table.Td>
              <Table.Td>{formatDateTime(p.publishedAt)}</Table.Td>
              <Table.Td maw={360} style={{ wordBreak: 'break-all' }}>
                {isUrl(p.urlOrPlace) ? (
                  <Anchor href={p.urlOrPlace} target="_blank" rel="noopener noreferrer" size="sm">
                    {p.urlOrPlace}
                  </Anchor>
                ) : (
                  p.urlOrPlace
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.publishedByName}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(p.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}

export function PublicationTab({ piece }: { piece: PieceDetail }) {
  const canPublish = piece.allowedActions.includes('publish')
  return (
    <Stack gap="lg">
      {canPublish && <PublicationForm key={piece.id} piece={piece} />}
      <Stack gap="sm">
        <Title order={4}>Publicaciones registradas</Title>
        {piece.publications.length === 0 ? (
          <EmptyState title="Aún no se ha registrado ninguna publicación">
            {piece.state === 'aprobada' || piece.state === 'publicada'
              ? 'Registre aquí cada canal donde salió la pieza.'
              : 'La pieza se puede publicar cuando esté aprobada.'}
          </EmptyState>
        ) : (
          <PublicationsTable publications={piece.publications} />
        )}
      </Stack>
    </Stack>
  )
}
