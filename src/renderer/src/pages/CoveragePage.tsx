import { PageHeader } from '../components/PageHeader'

export function CoveragePage() {
  return <PageHeader title="Cubrimientos" description="Eventos de la entidad por cubrir, quién los cubre y cuándo entrega." />
}
