import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { AgendaView } from '../features/coverage/AgendaView'
import { useAgenda } from '../features/coverage/queries'

export function AgendaPage() {
  const query = useAgenda()
  return (
    <>
      <PageHeader title="Mi agenda" description="Sus cubrimientos asignados: acéptelos, márquelos en curso y entréguelos." />
      <QueryView query={query} loadingLabel="Cargando su agenda">
        {(agenda) => <AgendaView agenda={agenda} />}
      </QueryView>
    </>
  )
}
