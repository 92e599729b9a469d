import { useState } from 'react'
import { Button, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { HeatMap } from '../features/risks/HeatMap'
import { RiskDrawer } from '../features/risks/RiskDrawer'
import { RiskFormModal } from '../features/risks/RiskFormModal'
import { RisksTable } from '../features/risks/RisksTable'
import { canManageRisks, useRisks } from '../features/risks/queries'
import { useCurrentUser } from '../stores/session'

export function RisksPage() {
  const user = useCurrentUser()
  const manage = canManageRisks(user?.role)
  const risks = useRisks()
  const [selected, setSelected] = useState<number | null>(null)
  const [creating, setCreating] = useState(false)
  return (
    <>
      <PageHeader
        title="Riesgos"
        description="Matriz de riesgos del proceso según la guía de Función Pública: riesgo inherente, controles, riesgo residual y seguimientos."
        actions={
          manage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Nuevo riesgo
            </Button>
          )
        }
      />
      <QueryView query={risks} loadingLabel="Cargando la matriz de riesgos">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="Aún no hay riesgos en la matriz">
              {manage
                ? 'Registre el primero con «Nuevo riesgo», p. ej. «Publicar información sin aprobación».'
                : 'El jefe de la oficina registra aquí los riesgos del proceso y sus controles.'}
            </EmptyState>
          ) : (
            <Stack gap="lg">
              <HeatMap risks={list} onSelect={setSelected} />
              <RisksTable risks={list} onSelect={setSelected} />
            </Stack>
          )
        }
      </QueryView>
      <RiskDrawer id={selected} onClose={() => setSelected(null)} />
      {creating && <RiskFormModal risk={null} onClose={() => setCreating(false)} onSaved={setSelected} />}
    </>
  )
}
