import { useState } from 'react'
import { Alert, Button, Group, Stack, Title } from '@mantine/core'
import { IconLock, IconPlus } from '@tabler/icons-react'
import type { PlanDetail, PlanStrategy } from '../../../../shared/contract'
import { EmptyState } from '../../components/EmptyState'
import { ActivityFormModal, type ActivityTarget } from './ActivityFormModal'
import { PlanFormModal } from './PlanFormModal'
import { PlanHeader } from './PlanHeader'
import { StrategyFormModal } from './StrategyFormModal'
import { StrategySection } from './StrategySection'

/** One plan with its strategies and activities; the jefe edits all of it until the plan is closed. */
export function PlanView({ plan, canManage }: { plan: PlanDetail; canManage: boolean }) {
  const closed = plan.status === 'cerrado'
  const canEdit = canManage && !closed
  const [editingPlan, setEditingPlan] = useState(false)
  const [strategyTarget, setStrategyTarget] = useState<{ planId: number } | { strategy: PlanStrategy } | null>(null)
  const [activityTarget, setActivityTarget] = useState<ActivityTarget | null>(null)

  return (
    <>
      <PlanHeader plan={plan} onEdit={canManage ? () => setEditingPlan(true) : null} />
      {closed && (
        <Alert color="gray" icon={<IconLock size={18} />} mb="lg">
          Este plan está cerrado: sus estrategias y actividades ya no se modifican.{canManage && ' Para corregirlo, cambie su estado con «Editar plan».'}
        </Alert>
      )}
      <Group justify="space-between" mb="sm">
        <Title order={3}>Estrategias</Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setStrategyTarget({ planId: plan.id })}>
            Nueva estrategia
          </Button>
        )}
      </Group>
      {plan.strategies.length === 0 ? (
        <EmptyState title="Este plan aún no tiene estrategias">
          {canEdit
            ? 'Agregue las estrategias del plan (prensa, digital, audiovisual, comunicación interna…) con «Nueva estrategia».'
            : 'Cuando el jefe de la oficina registre las estrategias, aparecerán aquí.'}
        </EmptyState>
      ) : (
        <Stack gap="md">
          {plan.strategies.map((s) => (
            <StrategySection
              key={s.id}
              strategy={s}
              actions={
                canEdit
                  ? {
                      edit: () => setStrategyTarget({ strategy: s }),
                      addActivity: () => setActivityTarget({ strategyId: s.id, strategyName: s.name }),
                      editActivity: (activity) => setActivityTarget({ activity })
                    }
                  : null
              }
            />
          ))}
        </Stack>
      )}
      <PlanFormModal plan={plan} opened={editingPlan} onClose={() => setEditingPlan(false)} />
      <StrategyFormModal target={strategyTarget} onClose={() => setStrategyTarget(null)} />
      <ActivityFormModal target={activityTarget} onClose={() => setActivityTarget(null)} />
    </>
  )
}
