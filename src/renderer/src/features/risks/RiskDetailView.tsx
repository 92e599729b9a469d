import { useState } from 'react'
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { RiskControl, RiskDetail } from '../../../../shared/contract/risks'
import { formatDate } from '../../../../shared/dates'
import { RISK_TYPE_LABELS, TREATMENT_LABELS } from '../../../../shared/domain/risks'
import { useCurrentUser } from '../../stores/session'
import { ControlCard } from './ControlCard'
import { ControlFormModal } from './ControlFormModal'
import { FollowUpModal } from './FollowUpModal'
import { RiskFormModal } from './RiskFormModal'
import { ZoneBadge } from './ZoneBadge'
import { canManageRisks } from './queries'

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

const pct = (n: number) => `${n.toLocaleString('es-CO', { maximumFractionDigits: 2 })} %`

/** A risk: its analysis, the inherent and residual zones, and its controls with their follow-ups. */
export function RiskDetailView({ risk }: { risk: RiskDetail }) {
  const user = useCurrentUser()
  const manage = canManageRisks(user?.role)
  const [editing, setEditing] = useState(false)
  const [control, setControl] = useState<RiskControl | 'new' | null>(null)
  const [followUp, setFollowUp] = useState<RiskControl | null>(null)
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text fw={600}>{risk.description}</Text>
        {manage && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Editar riesgo
          </Button>
        )}
      </Group>
      <SimpleGrid cols={3}>
        <Field label="Tipo">{RISK_TYPE_LABELS[risk.type]}</Field>
        <Field label="Tratamiento">{TREATMENT_LABELS[risk.treatment]}</Field>
        <Field label="Último seguimiento">{risk.lastFollowUpOn ? formatDate(risk.lastFollowUpOn) : 'Sin seguimientos'}</Field>
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Field label="Causas">{risk.causes}</Field>
        <Field label="Consecuencias">{risk.consequences}</Field>
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Stack gap={4} aria-label="Riesgo inherente" role="group">
          <Text size="xs" c="dimmed" fw={500}>
            Riesgo inherente
          </Text>
          <ZoneBadge zone={risk.zone} probability={risk.probability} impact={risk.impact} size="lg" />
          <Text size="xs" c="dimmed">
            Probabilidad {pct(risk.probabilityPercent)} · impacto {pct(risk.impactPercent)}
          </Text>
        </Stack>
        <Stack gap={4} aria-label="Riesgo residual" role="group">
          <Text size="xs" c="dimmed" fw={500}>
            Riesgo residual
          </Text>
          <ZoneBadge zone={risk.residualZone} probability={risk.residualProbability} impact={risk.residualImpact} size="lg" />
          <Text size="xs" c="dimmed">
            Probabilidad {pct(risk.residualProbabilityPercent)} · impacto {pct(risk.residualImpactPercent)}
          </Text>
        </Stack>
      </SimpleGrid>
      <Group justify="space-between" mt="sm">
        <Title order={4}>Controles</Title>
        {manage && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setControl('new')}>
            Agregar control
          </Button>
        )}
      </Group>
      {risk.controls.length === 0 ? (
        <Text size="sm" c="dimmed">
          Este riesgo aún no tiene controles: su riesgo residual es igual al inherente.{manage ? ' Agréguelos con «Agregar control».' : ''}
        </Text>
      ) : (
        risk.controls.map((c) => (
          <ControlCard
            key={c.id}
            control={c}
            canEdit={manage}
            canFollowUp={manage || c.responsibleId === user?.id}
            onEdit={() => setControl(c)}
            onFollowUp={() => setFollowUp(c)}
          />
        ))
      )}
      {editing && <RiskFormModal risk={risk} onClose={() => setEditing(false)} />}
      {control !== null && <ControlFormModal risk={risk} control={control === 'new' ? null : control} onClose={() => setControl(null)} />}
      {followUp && <FollowUpModal control={followUp} onClose={() => setFollowUp(null)} />}
    </Stack>
  )
}
