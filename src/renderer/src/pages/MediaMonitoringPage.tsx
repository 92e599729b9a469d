import { PageHeader } from '../components/PageHeader'

export function MediaMonitoringPage() {
  return <PageHeader title="Seguimiento de medios" description="Lo que dicen los medios y las redes sobre la entidad." />
}
