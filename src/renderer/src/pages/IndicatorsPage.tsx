import { PageHeader } from '../components/PageHeader'

export function IndicatorsPage() {
  return <PageHeader title="Indicadores" description="Hojas de vida de los indicadores del proceso y sus mediciones." />
}
