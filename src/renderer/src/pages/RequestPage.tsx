import { QueryView } from '../components/QueryView'
import { useCurrentUser } from '../stores/session'
import { canManage } from '../features/auth/abilities'
import { useRequest } from '../features/requests/queries'
import { RequestView } from '../features/requests/RequestView'

export function RequestPage({ id }: { id: number }) {
  const query = useRequest(id)
  const role = useCurrentUser()?.role
  return (
    <QueryView query={query} loadingLabel="Cargando la solicitud">
      {(request) => <RequestView request={request} canManage={canManage(role, 'requests')} />}
    </QueryView>
  )
}
