import { ActionIcon, Progress, Stack, Table, Text, Tooltip } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import type { PlanActivity } from '../../../../shared/contract'
import { FREQUENCY_LABELS, PHVA_LABELS } from '../../../../shared/domain/plans'
import { useCatalogueNames } from '../settings/useCatalogueNames'

function Progression({ activity: a }: { activity: PlanActivity }) {
  const goal = a.goalQuantity
  const percent = goal > 0 ? Math.min(100, Math.round((a.publishedCount / goal) * 100)) : 0
  return (
    <Stack gap={4}>
      <Text size="xs">
        {a.pieceCount} {a.pieceCount === 1 ? 'pieza' : 'piezas'} · {a.publishedCount} {a.publishedCount === 1 ? 'publicada' : 'publicadas'}
      </Text>
      {goal > 0 && <Progress value={percent} size="sm" aria-label={`Avance de la meta: ${percent} %`} color={percent >= 100 ? 'green' : 'indigo'} />}
    </Stack>
  )
}

/** The activities of one strategy with their goal and what the pieces linked to them achieved. */
export function ActivitiesTable({ activities, onEdit }: { activities: PlanActivity[]; onEdit: ((a: PlanActivity) => void) | null }) {
  const channelNames = useCatalogueNames('canal')
  const audienceNames = useCatalogueNames('grupo_valor')
  return (
    <Table.ScrollContainer minWidth={960}>
      {/* Fixed layout so the columns line up across the strategies of the plan. */}
      <Table verticalSpacing="xs" fz="sm" highlightOnHover layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Actividad</Table.Th>
            <Table.Th w={105}>Frecuencia</Table.Th>
            <Table.Th w={52}>PHVA</Table.Th>
            <Table.Th w={120}>Canales</Table.Th>
            <Table.Th w={125}>Grupos de valor</Table.Th>
            <Table.Th w={120}>Responsable</Table.Th>
            <Table.Th w={105}>Meta</Table.Th>
            <Table.Th w={125}>Avance</Table.Th>
            {onEdit && <Table.Th w={44} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.description}</Table.Td>
              <Table.Td>{FREQUENCY_LABELS[a.frequency]}</Table.Td>
              <Table.Td>
                <Tooltip label={PHVA_LABELS[a.phvaPhase]}>
                  <Text span size="sm" fw={600}>
                    {a.phvaPhase}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>{channelNames(a.channelIds).join(', ') || '—'}</Table.Td>
              <Table.Td>{audienceNames(a.audienceIds).join(', ') || '—'}</Table.Td>
              <Table.Td>{a.responsibleName ?? '—'}</Table.Td>
              <Table.Td>{a.goalQuantity > 0 ? `${a.goalQuantity} ${a.goalUnit}`.trim() : '—'}</Table.Td>
              <Table.Td>
                <Progression activity={a} />
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <Tooltip label="Editar actividad">
                    <ActionIcon variant="subtle" aria-label={`Editar la actividad «${a.description}»`} onClick={() => onEdit(a)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
