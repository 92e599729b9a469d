import { useState } from 'react'
import { Badge, Button, Group, Table, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { RetentionSerie } from '../../../../../shared/contract/retention'
import { DISPOSITION_LABELS } from '../../../../../shared/domain/retention'
import { EmptyState } from '../../../components/EmptyState'
import { QueryView } from '../../../components/QueryView'
import { formatNumber } from '../format'
import { SerieFormModal } from './SerieFormModal'
import { useRetentionSeries } from './queries'

const years = (n: number) => `${n} ${n === 1 ? 'año' : 'años'}`

/** The entity's Tabla de Retención Documental as it applies to the audiovisual archive. */
export function SeriesTable({ canEdit }: { canEdit: boolean }) {
  const series = useRetentionSeries()
  const [editing, setEditing] = useState<RetentionSerie | 'new' | null>(null)
  return (
    <section aria-labelledby="trd-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="trd-title">
          Tabla de Retención Documental
        </Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Nueva serie
          </Button>
        )}
      </Group>
      <QueryView query={series} loadingLabel="Cargando la Tabla de Retención">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="Aún no hay series documentales">
              {canEdit
                ? 'Registre las series de la TRD de la entidad con «Nueva serie», p. ej. «110.25 Registros audiovisuales».'
                : 'El archivista registra aquí las series de la Tabla de Retención Documental de la entidad.'}
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={800} maxHeight={360}>
              <Table stickyHeader highlightOnHover aria-label="Series documentales">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={100}>Código</Table.Th>
                    <Table.Th>Serie / subserie</Table.Th>
                    <Table.Th w={90} ta="right">
                      Gestión
                    </Table.Th>
                    <Table.Th w={90} ta="right">
                      Central
                    </Table.Th>
                    <Table.Th w={170}>Disposición final</Table.Th>
                    <Table.Th w={90} ta="right">
                      Material
                    </Table.Th>
                    {canEdit && <Table.Th w={90} />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{s.code}</Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          <Text size="sm" fw={500}>
                            {s.serie}
                          </Text>
                          {!s.active && (
                            <Badge size="xs" color="gray" variant="light">
                              Inactiva
                            </Badge>
                          )}
                        </Group>
                        {s.subserie && (
                          <Text size="xs" c="dimmed">
                            {s.subserie}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{years(s.yearsGestion)}</Table.Td>
                      <Table.Td ta="right">{years(s.yearsCentral)}</Table.Td>
                      <Table.Td>{DISPOSITION_LABELS[s.disposition]}</Table.Td>
                      <Table.Td ta="right">{formatNumber(s.assetCount)}</Table.Td>
                      {canEdit && (
                        <Table.Td ta="right">
                          <Button size="xs" variant="subtle" color="gray" onClick={() => setEditing(s)} aria-label={`Editar la serie ${s.code}`}>
                            Editar
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      {editing !== null && <SerieFormModal serie={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </section>
  )
}
