import { Drawer } from '@mantine/core'
import { QueryView } from '../../components/QueryView'
import { FindingDetailView } from './FindingDetailView'
import { useFinding } from './queries'

export function FindingDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const finding = useFinding(id)
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title={finding.data ? `Hallazgo H${finding.data.number}` : 'Hallazgo'}>
      {id !== null && (
        <QueryView query={finding} loadingLabel="Cargando el hallazgo">
          {(f) => <FindingDetailView finding={f} />}
        </QueryView>
      )}
    </Drawer>
  )
}
