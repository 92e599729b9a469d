import { PageHeader } from '../components/PageHeader'

export function ImprovementPage() {
  return <PageHeader title="Plan de mejoramiento" description="Hallazgos, acciones de mejora y su avance." />
}
