import { PageHeader } from '../components/PageHeader'

export function RisksPage() {
  return <PageHeader title="Riesgos" description="Matriz de riesgos del proceso, controles y seguimientos." />
}
