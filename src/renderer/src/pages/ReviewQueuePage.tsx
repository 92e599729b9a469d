import { PageHeader } from '../components/PageHeader'
import { EmptyState } from '../components/EmptyState'
import { QueryView } from '../components/QueryView'
import { useReviewQueue } from '../features/pieces/queries'
import { ReviewQueue } from '../features/reviews/ReviewQueue'
import { useCurrentUser } from '../stores/session'

export function ReviewQueuePage() {
  const user = useCurrentUser()
  const canApprove = user?.canApprove ?? false
  const query = useReviewQueue(canApprove)
  return (
    <>
      <PageHeader title="Por aprobar" description="Contenidos y diseños enviados a revisión, del más antiguo al más reciente." />
      {canApprove ? (
        <QueryView query={query} loadingLabel="Cargando las piezas por aprobar">
          {(items) => <ReviewQueue items={items} />}
        </QueryView>
      ) : (
        <EmptyState title="Esta bandeja es de quien aprueba">
          Solo el jefe de la oficina, o quien tenga su delegación vigente, aprueba o devuelve piezas. Sus piezas en revisión aparecen en «Piezas».
        </EmptyState>
      )}
    </>
  )
}
