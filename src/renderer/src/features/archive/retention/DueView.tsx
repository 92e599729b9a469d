import { Badge, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core'
import type { DueAsset } from '../../../../../shared/contract/retention'
import { formatDate } from '../../../../../shared/dates'
import { DISPOSITION_LABELS } from '../../../../../shared/domain/retention'
import { EmptyState } from '../../../components/EmptyState'
import { QueryView } from '../../../components/QueryView'
import { formatNumber } from '../format'
import { useRetentionDue } from './queries'

function DueTable({ items, label, dueHeader, empty }: { items: DueAsset[]; label: string; dueHeader: string; empty: string }) {
  if (items.length === 0) return <EmptyState title="Nada pendiente">{empty}</EmptyState>
  return (
    <Table.ScrollContainer minWidth={800} maxHeight={420}>
      <Table stickyHeader highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Material</Table.Th>
            <Table.Th>Serie</Table.Th>
            <Table.Th w={120}>Desde</Table.Th>
            <Table.Th w={120}>{dueHeader}</Table.Th>
            <Table.Th w={170}>Disposición final</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr key={d.assetId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {d.title || d.originalName}
                </Text>
                {d.title && (
                  <Text size="xs" c="dimmed">
                    {d.originalName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{d.serieLabel}</Table.Td>
              <Table.Td>{formatDate(d.startsOn)}</Table.Td>
              <Table.Td>{formatDate(d.dueOn)}</Table.Td>
              <Table.Td>{DISPOSITION_LABELS[d.disposition]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

const count = (n: number) => (
  <Badge ml={6} size="sm" variant="light" color={n > 0 ? 'orange' : 'gray'} aria-hidden>
    {formatNumber(n)}
  </Badge>
)

/** Material whose time in the archivo de gestión, or its whole retention, has run out. */
export function DueView() {
  const due = useRetentionDue()
  return (
    <section aria-labelledby="due-title">
      <Title order={3} size="h4" id="due-title" mb="sm">
        Vencimientos
      </Title>
      <QueryView query={due} loadingLabel="Cargando los vencimientos">
        {(d) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              Según la Tabla de Retención, al {formatDate(d.asOf)}.
            </Text>
            <Tabs defaultValue="transfer" variant="pills">
              <Tabs.List mb="sm">
                <Tabs.Tab value="transfer" aria-label={`Para transferir al archivo central: ${d.transfer.length}`}>
                  <Group gap={0}>Para transferir al archivo central{count(d.transfer.length)}</Group>
                </Tabs.Tab>
                <Tabs.Tab value="disposition" aria-label={`Para disposición final: ${d.disposition.length}`}>
                  <Group gap={0}>Para disposición final{count(d.disposition.length)}</Group>
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="transfer">
                <DueTable
                  items={d.transfer}
                  label="Material para transferir"
                  dueHeader="Transferir el"
                  empty="Ningún material ha cumplido su tiempo en el archivo de gestión."
                />
              </Tabs.Panel>
              <Tabs.Panel value="disposition">
                <DueTable
                  items={d.disposition}
                  label="Material para disposición final"
                  dueHeader="Disponer el"
                  empty="Ningún material ha cumplido su tiempo de retención completo."
                />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </QueryView>
    </section>
  )
}
