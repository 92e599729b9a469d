import { useState } from 'react'
import { Button } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { EmptyState } from '../components/EmptyState'
import { useCurrentUser } from '../stores/session'
import { canManage } from '../features/auth/abilities'
import { usePlans } from '../features/plans/queries'
import { PlansTable } from '../features/plans/PlansTable'
import { PlanFormModal } from '../features/plans/PlanFormModal'

export function PlansPage() {
  const query = usePlans()
  const canEdit = canManage(useCurrentUser()?.role, 'plans')
  const [creating, setCreating] = useState(false)
  return (
    <>
      <PageHeader
        title="Plan de Comunicaciones"
        description="Estrategias y actividades de comunicación interna y externa de cada vigencia. Cada pieza aporta a una actividad."
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Nuevo plan
            </Button>
          )
        }
      />
      <QueryView query={query} loadingLabel="Cargando planes">
        {(plans) =>
          plans.length === 0 ? (
            <EmptyState title="Aún no hay un Plan de Comunicaciones">
              {canEdit
                ? 'Registre el plan de la vigencia con «Nuevo plan» y luego sus estrategias y actividades.'
                : 'El jefe de la oficina registra el plan de la vigencia; cuando lo haga aparecerá aquí.'}
            </EmptyState>
          ) : (
            <PlansTable plans={plans} />
          )
        }
      </QueryView>
      <PlanFormModal plan={null} opened={creating} onClose={() => setCreating(false)} />
    </>
  )
}
