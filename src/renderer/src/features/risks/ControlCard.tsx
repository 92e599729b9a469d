import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core'
import type { RiskControl } from '../../../../shared/contract/risks'
import { formatDate } from '../../../../shared/dates'
import {
  CONTROL_DOCUMENTATION_LABELS,
  CONTROL_EVIDENCE_LABELS,
  CONTROL_FREQUENCY_LABELS,
  CONTROL_IMPLEMENTATION_LABELS,
  CONTROL_TYPE_LABELS
} from '../../../../shared/domain/risks'

interface Props {
  control: RiskControl
  canEdit: boolean
  canFollowUp: boolean
  onEdit: () => void
  onFollowUp: () => void
}

/** One control: its design attributes, the guide's rating and its follow-ups, newest first. */
export function ControlCard({ control, canEdit, canFollowUp, onEdit, onFollowUp }: Props) {
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={`Control: ${control.description}`} opacity={control.active ? 1 : 0.7}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {control.description}
            </Text>
            <Text size="xs" c="dimmed">
              Responsable: {control.responsibleName}
            </Text>
          </Stack>
          <Badge color={control.active ? 'indigo' : 'gray'} variant="light" style={{ flexShrink: 0 }}>
            {control.active ? `Calificación ${control.rating} %` : 'Sin efecto'}
          </Badge>
        </Group>
        <Group gap={6}>
          <Badge size="sm" variant="outline" color="gray">
            {CONTROL_TYPE_LABELS[control.type]}
          </Badge>
          <Badge size="sm" variant="outline" color="gray">
            {CONTROL_IMPLEMENTATION_LABELS[control.implementation]}
          </Badge>
          <Badge size="sm" variant="outline" color="gray">
            {CONTROL_DOCUMENTATION_LABELS[control.documentation]}
          </Badge>
          <Badge size="sm" variant="outline" color="gray">
            Frecuencia {CONTROL_FREQUENCY_LABELS[control.frequency].toLowerCase()}
          </Badge>
          <Badge size="sm" variant="outline" color="gray">
            {CONTROL_EVIDENCE_LABELS[control.evidence]}
          </Badge>
        </Group>
        {control.followUps.length === 0 ? (
          <Text size="xs" c="dimmed">
            Sin seguimientos todavía.
          </Text>
        ) : (
          <Table withTableBorder={false} verticalSpacing={4} aria-label={`Seguimientos de «${control.description}»`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={100}>Fecha</Table.Th>
                <Table.Th w={110}>¿Se ejecutó?</Table.Th>
                <Table.Th>Evidencia y observación</Table.Th>
                <Table.Th w={170}>Registró</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {control.followUps.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{formatDate(f.followedOn)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" color={f.executed ? 'green' : 'red'} variant="light">
                      {f.executed ? 'Sí' : 'No'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{f.evidence || '—'}</Text>
                    {f.observation && (
                      <Text size="xs" c="dimmed">
                        {f.observation}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{f.recordedByName}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {(canEdit || canFollowUp) && (
          <Group gap="xs" justify="flex-end">
            {canEdit && (
              <Button size="xs" variant="default" onClick={onEdit}>
                Editar control
              </Button>
            )}
            {canFollowUp && control.active && (
              <Button size="xs" variant="light" onClick={onFollowUp}>
                Registrar seguimiento
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
