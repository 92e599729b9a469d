import { PageHeader } from '../components/PageHeader'

export function PressPage() {
  return <PageHeader title="Prensa" description="Boletines de prensa, contactos de medios y ruedas de prensa." />
}
