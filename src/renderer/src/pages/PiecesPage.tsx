import { useState } from 'react'
import { Button, Group, SegmentedControl, Stack, Switch, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconLayoutKanban, IconPlus, IconTable } from '@tabler/icons-react'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryView'
import { NewPieceModal } from '../features/pieces/NewPieceModal'
import { PiecesBoard } from '../features/pieces/PiecesBoard'
import { PiecesFiltersBar } from '../features/pieces/PiecesFiltersBar'
import { PiecesTable } from '../features/pieces/PiecesTable'
import { canCreatePieces } from '../features/pieces/permissions'
import { usePieces, type PieceFilterInput } from '../features/pieces/queries'
import { NO_FILTERS, usePiecesView, type PiecesFilters } from '../features/pieces/view-store'
import { useCurrentUser } from '../stores/session'
import { ExportMenu } from '../features/reports/ExportMenu'

function toContractFilter(f: PiecesFilters, search: string): PieceFilterInput {
  return {
    ...(search ? { search } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.type ? { type: f.type } : {}),
    ...(f.mine ? { mine: true } : {}),
    ...(f.overdue ? { overdue: true } : {})
  }
}

export function PiecesPage() {
  const user = useCurrentUser()
  const { filters, view, showCancelled, setFilters, setView, setShowCancelled } = usePiecesView()
  const [creating, setCreating] = useState(false)
  const [search] = useDebouncedValue(filters.search.trim(), 250)
  const contractFilter = toContractFilter(filters, search)
  const query = usePieces(contractFilter)
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS)
  const canCreate = canCreatePieces(user?.role)

  return (
    <>
      <PageHeader
        title="Piezas"
        description="Boletines, notas, publicaciones y demás piezas de comunicación, de la redacción a la publicación."
        actions={
          <>
            <ExportMenu request={{ list: 'piezas', filters: contractFilter }} />
            {canCreate && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                Nueva pieza
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <PiecesFiltersBar value={filters} onChange={setFilters} />
          <Group gap="md" align="center">
            {view === 'board' && !filters.state && (
              <Switch label="Mostrar canceladas" checked={showCancelled} onChange={(e) => setShowCancelled(e.currentTarget.checked)} />
            )}
            <SegmentedControl
              aria-label="Vista"
              value={view}
              onChange={(v) => setView(v as 'table' | 'board')}
              data={[
                { value: 'table', label: <Group gap={6} wrap="nowrap"><IconTable size={16} /> Tabla</Group> },
                { value: 'board', label: <Group gap={6} wrap="nowrap"><IconLayoutKanban size={16} /> Tablero</Group> }
              ]}
            />
          </Group>
        </Group>
        <QueryView query={query} loadingLabel="Cargando piezas">
          {(pieces) =>
            pieces.length === 0 ? (
              filtered ? (
                <EmptyState
                  title="Ninguna pieza coincide con los filtros"
                  action={
                    <Button variant="light" onClick={() => setFilters(NO_FILTERS)}>
                      Quitar filtros
                    </Button>
                  }
                >
                  Pruebe con otro texto de búsqueda o quite algún filtro.
                </EmptyState>
              ) : (
                <EmptyState title="Aún no hay piezas">
                  {canCreate
                    ? 'Cree la primera con «Nueva pieza», o acepte una solicitud para que sus piezas aparezcan aquí.'
                    : 'Las piezas aparecen aquí cuando se crean o cuando se acepta una solicitud.'}
                </EmptyState>
              )
            ) : (
              <Stack gap={6}>
                <Text size="xs" c="dimmed" aria-live="polite">
                  {pieces.length === 1 ? '1 pieza' : `${pieces.length} piezas`}
                </Text>
                {view === 'table' ? (
                  <PiecesTable pieces={pieces} />
                ) : (
                  <PiecesBoard pieces={pieces} showCancelled={showCancelled} onlyState={filters.state} />
                )}
              </Stack>
            )
          }
        </QueryView>
      </Stack>
      {canCreate && <NewPieceModal opened={creating} onClose={() => setCreating(false)} />}
    </>
  )
}
