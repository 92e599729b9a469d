import { PageHeader } from '../components/PageHeader'
import { OutboxView } from '../features/delivery/OutboxView'

export function OutboxPage() {
  return (
    <>
      <PageHeader
        title="Bandeja de salida"
        description="Archivos enviados a carpetas compartidas que aún no llegan: Pauta los reintenta mientras está abierta y al volver a abrirse."
      />
      <OutboxView />
    </>
  )
}
