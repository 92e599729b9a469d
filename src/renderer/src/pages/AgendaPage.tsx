import { PageHeader } from '../components/PageHeader'

export function AgendaPage() {
  return <PageHeader title="Mi agenda" description="Sus cubrimientos asignados." />
}
