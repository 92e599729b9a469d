import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { DigestPreview } from '../../../../shared/contract/monitoring'
import { formatDate } from '../../../../shared/dates'
import { MEDIUM_TYPE_LABELS, TONE_LABELS, TONES } from '../../../../shared/domain/monitoring'
import { ToneBadge } from './ToneBadge'

type Row = { label: string } & Record<(typeof TONES)[number] | 'total', number>

function CountsTable({ caption, heading, rows }: { caption: string; heading: string; rows: Row[] }) {
  return (
    <Table striped verticalSpacing={4} aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{heading}</Table.Th>
          {TONES.map((t) => (
            <Table.Th key={t} ta="right">
              {TONE_LABELS[t]}
            </Table.Th>
          ))}
          <Table.Th ta="right">Total</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.label}>
            <Table.Td>{r.label}</Table.Td>
            {TONES.map((t) => (
              <Table.Td key={t} ta="right">
                {r[t]}
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={600}>
              {r.total}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** What the digest of a day will say, before generating it. */
export function DigestPreviewCard({ preview }: { preview: DigestPreview }) {
  const { counts } = preview
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={5}>Vista previa del {formatDate(preview.date)}</Title>
        {counts.total === 0 ? (
          <Text size="sm" c="dimmed">
            No hay notas registradas ese día. El boletín dirá que no hubo notas sobre la entidad.
          </Text>
        ) : (
          <>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {counts.total} {counts.total === 1 ? 'nota' : 'notas'}
              </Text>
              {TONES.map((t) => (
                <ToneBadge key={t} tone={t} count={counts[t]} />
              ))}
            </Group>
            <CountsTable caption="Notas por tema" heading="Tema" rows={preview.byTopic.map((t) => ({ ...t, label: t.topic }))} />
            <CountsTable
              caption="Notas por tipo de medio"
              heading="Tipo de medio"
              rows={preview.byMediumType.map((t) => ({ ...t, label: MEDIUM_TYPE_LABELS[t.mediumType] }))}
            />
          </>
        )}
      </Stack>
    </Paper>
  )
}
