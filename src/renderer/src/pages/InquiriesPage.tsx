import { PageHeader } from '../components/PageHeader'

export function InquiriesPage() {
  return <PageHeader title="Inquietudes ciudadanas" description="Preguntas de la ciudadanía por las redes, con sus términos de respuesta." />
}
