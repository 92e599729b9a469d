import { useState } from 'react'
import { Alert, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { FindingDetail, ImprovementAction } from '../../../../shared/contract/improvement'
import { formatDate, formatDateTime } from '../../../../shared/dates'
import { ACTION_TYPE_LABELS, FINDING_SOURCE_LABELS, FINDING_STATE_LABELS } from '../../../../shared/domain/improvement'
import { useCurrentUser } from '../../stores/session'
import { ActionFormModal } from './ActionFormModal'
import { ActionItem } from './ActionItem'
import { CloseFindingModal } from './CloseFindingModal'
import { FindingFormModal } from './FindingFormModal'
import { ProgressModal } from './ProgressModal'
import { canManageImprovement } from './queries'

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Text>
    </Stack>
  )
}

export function FindingDetailView({ finding }: { finding: FindingDetail }) {
  const user = useCurrentUser()
  const manage = canManageImprovement(user?.role)
  const open = finding.state === 'abierto'
  const [editing, setEditing] = useState(false)
  const [action, setAction] = useState<ImprovementAction | 'new' | null>(null)
  const [reporting, setReporting] = useState<ImprovementAction | null>(null)
  const [closing, setClosing] = useState(false)
  const complete = finding.actions.length > 0 && finding.actions.every((a) => a.progress === 100)
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fw={600}>{finding.description}</Text>
        <Badge color={open ? 'blue' : 'gray'} variant="light" style={{ flexShrink: 0 }}>
          {FINDING_STATE_LABELS[finding.state]}
        </Badge>
      </Group>
      <SimpleGrid cols={3}>
        <Field label="Fuente">
          {FINDING_SOURCE_LABELS[finding.source]}
          {finding.sourceName ? ` · ${finding.sourceName}` : ''}
        </Field>
        <Field label="Tipo de acción">{ACTION_TYPE_LABELS[finding.actionType]}</Field>
        <Field label="Identificado el">{formatDate(finding.identifiedOn)}</Field>
      </SimpleGrid>
      {finding.sourceDetail && finding.sourceName !== finding.sourceDetail && <Field label="Detalle de la fuente">{finding.sourceDetail}</Field>}
      <Field label="Causa">{finding.cause}</Field>
      {!open && (
        <Alert color="green" variant="light" title={`Cerrado por ${finding.closedByName ?? ''} el ${formatDateTime(finding.closedAt)}`}>
          {finding.closingNote}
        </Alert>
      )}
      {open && manage && (
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Editar hallazgo
          </Button>
          <Button size="xs" color="green" variant="light" disabled={!complete} onClick={() => setClosing(true)} title={complete ? undefined : 'Se cierra cuando todas sus acciones están al 100 %'}>
            Cerrar hallazgo
          </Button>
        </Group>
      )}
      <Group justify="space-between" mt="sm">
        <Title order={4}>Acciones ({finding.progress} % de avance)</Title>
        {open && manage && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAction('new')}>
            Agregar acción
          </Button>
        )}
      </Group>
      {finding.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          Este hallazgo aún no tiene acciones.{manage && open ? ' Agréguelas con «Agregar acción».' : ''}
        </Text>
      ) : (
        finding.actions.map((a) => (
          <ActionItem
            key={a.id}
            action={a}
            canEdit={open && manage}
            canReport={open && (manage || a.responsibleId === user?.id)}
            onEdit={() => setAction(a)}
            onReport={() => setReporting(a)}
          />
        ))
      )}
      {editing && <FindingFormModal finding={finding} onClose={() => setEditing(false)} />}
      {action !== null && <ActionFormModal finding={finding} action={action === 'new' ? null : action} onClose={() => setAction(null)} />}
      {reporting && <ProgressModal action={reporting} onClose={() => setReporting(null)} />}
      {closing && <CloseFindingModal finding={finding} onClose={() => setClosing(false)} />}
    </Stack>
  )
}
