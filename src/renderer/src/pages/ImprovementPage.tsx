import { useState } from 'react'
import { Button, Group, SegmentedControl } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { FindingState } from '../../../shared/domain/improvement'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { DueAlerts } from '../features/improvement/DueAlerts'
import { FindingDrawer } from '../features/improvement/FindingDrawer'
import { FindingFormModal } from '../features/improvement/FindingFormModal'
import { FindingsTable } from '../features/improvement/FindingsTable'
import { canManageImprovement, useFindings } from '../features/improvement/queries'
import { useCurrentUser } from '../stores/session'

type Filter = FindingState | 'todos'

export function ImprovementPage() {
  const user = useCurrentUser()
  const manage = canManageImprovement(user?.role)
  const [filter, setFilter] = useState<Filter>('abierto')
  const findings = useFindings(filter === 'todos' ? undefined : filter)
  const [selected, setSelected] = useState<number | null>(null)
  const [creating, setCreating] = useState(false)
  return (
    <>
      <PageHeader
        title="Plan de mejoramiento"
        description="Hallazgos de indicadores, riesgos, auditorías y autoevaluaciones; sus acciones, responsables, avance y cierre."
        actions={
          manage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Nuevo hallazgo
            </Button>
          )
        }
      />
      <DueAlerts onOpen={setSelected} />
      <Group mb="sm">
        <SegmentedControl
          aria-label="Estado de los hallazgos"
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            { value: 'abierto', label: 'Abiertos' },
            { value: 'cerrado', label: 'Cerrados' },
            { value: 'todos', label: 'Todos' }
          ]}
        />
      </Group>
      <QueryView query={findings} loadingLabel="Cargando los hallazgos">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={filter === 'cerrado' ? 'Aún no hay hallazgos cerrados' : 'No hay hallazgos abiertos'}>
              {manage && filter !== 'cerrado'
                ? 'Registre el primero con «Nuevo hallazgo», p. ej. uno de la auditoría interna o de un indicador por debajo de su meta.'
                : 'El jefe de la oficina registra aquí los hallazgos y sus acciones de mejora.'}
            </EmptyState>
          ) : (
            <FindingsTable findings={list} onSelect={setSelected} />
          )
        }
      </QueryView>
      <FindingDrawer id={selected} onClose={() => setSelected(null)} />
      {creating && <FindingFormModal finding={null} onClose={() => setCreating(false)} onSaved={setSelected} />}
    </>
  )
}
