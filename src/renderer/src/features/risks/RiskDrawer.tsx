import { Drawer } from '@mantine/core'
import { QueryView } from '../../components/QueryView'
import { RiskDetailView } from './RiskDetailView'
import { useRisk } from './queries'

export function RiskDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const risk = useRisk(id)
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title={risk.data ? `Riesgo R${risk.data.number}` : 'Riesgo'}>
      {id !== null && (
        <QueryView query={risk} loadingLabel="Cargando el riesgo">
          {(r) => <RiskDetailView risk={r} />}
        </QueryView>
      )}
    </Drawer>
  )
}
