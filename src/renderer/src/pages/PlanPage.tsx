import { QueryView } from '../components/QueryView'
import { useCurrentUser } from '../stores/session'
import { canManage } from '../features/auth/abilities'
import { usePlan } from '../features/plans/queries'
import { PlanView } from '../features/plans/PlanView'

export function PlanPage({ id }: { id: number }) {
  const query = usePlan(id)
  const role = useCurrentUser()?.role
  return (
    <QueryView query={query} loadingLabel="Cargando el plan">
      {(plan) => <PlanView plan={plan} canManage={canManage(role, 'plans')} />}
    </QueryView>
  )
}
