import { useState } from 'react'
import { Button } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { QueryView } from '../../components/QueryView'
import { useCurrentUser } from '../../stores/session'
import { SheetFormModal } from './SheetFormModal'
import { SheetsTable } from './SheetsTable'
import { useIndicatorSheets } from './queries'

/** The process's indicators with their last value; the jefe creates new sheets here. */
export function SheetsView({ onOpen }: { onOpen: (id: number) => void }) {
  const user = useCurrentUser()
  const sheets = useIndicatorSheets()
  const [creating, setCreating] = useState(false)
  const canCreate = user?.role === 'jefe'
  return (
    <>
      <PageHeader
        title="Indicadores"
        description="Hojas de vida de los indicadores del proceso, sus mediciones y su semáforo frente a la meta."
        actions={
          canCreate && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Nuevo indicador
            </Button>
          )
        }
      />
      <QueryView query={sheets} loadingLabel="Cargando los indicadores">
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title="Aún no hay indicadores">
              {canCreate
                ? 'Defina el primero con «Nuevo indicador»: puede escribir sus cifras cada periodo o dejar que Pauta las calcule con sus datos.'
                : 'El jefe de la oficina define aquí los indicadores de gestión del proceso.'}
            </EmptyState>
          ) : (
            <SheetsTable rows={rows} onOpen={onOpen} />
          )
        }
      </QueryView>
      {creating && <SheetFormModal sheet={null} onClose={() => setCreating(false)} onSaved={onOpen} />}
    </>
  )
}
