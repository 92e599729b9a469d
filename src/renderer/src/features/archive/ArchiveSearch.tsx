import { useEffect, useState } from 'react'
import { Button, Grid, Group, Paper, ScrollArea, Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSquareCheck } from '@tabler/icons-react'
import { EmptyState } from '../../components/EmptyState'
import { useCurrentUser } from '../../stores/session'
import { ExportMenu } from '../reports/ExportMenu'
import { canArchive } from './abilities'
import { AssetDetailDrawer } from './AssetDetailDrawer'
import { AssetResults } from './AssetResults'
import { BatchEditModal } from './batch/BatchEditModal'
import { SelectionBar } from './batch/SelectionBar'
import { selectionInput, useAssetSelection } from './batch/selection'
import { ExportSelectionModal } from './export/ExportSelectionModal'
import { canExport } from './export/queries'
import { FacetSidebar } from './FacetSidebar'
import { useArchiveSearch } from './queries'
import { SearchToolbar } from './SearchToolbar'
import { NO_ARCHIVE_FILTERS, isFiltered, toContractFilters, useArchiveView } from './view-store'

const NO_GESTURE = { range: false, toggle: false }

/**
 * Search box, facets and date range over the virtualised results. A click opens the detail; in
 * «Seleccionar» mode (or with Ctrl/Cmd or Shift) clicks build a selection for batch edit and export.
 */
export function ArchiveSearch({ canIngest }: { canIngest: boolean }) {
  const { filters, sort, view, setFilters, setSort, setView } = useArchiveView()
  const [text] = useDebouncedValue(filters.text.trim(), 250)
  const [openId, setOpenId] = useState<number | null>(null)
  const [editing, setEditing] = useState(false)
  const [exporting, setExporting] = useState(false)
  const role = useCurrentUser()?.role
  const canCatalogue = canArchive(role, 'catalogue')
  const mayExport = canExport(role)
  // A selection serves the batch edit and the export: without either, a click only opens the detail.
  const canSelect = canCatalogue || mayExport
  const query = toContractFilters(filters, text)
  const queryKey = JSON.stringify(query)
  const filtered = isFiltered(filters)
  const selection = useAssetSelection()
  // The same query as the results': react-query shares it, so this costs no second call.
  const search = useArchiveSearch(query, sort)
  const items = search.loaded
  const { total, totalCapped } = search
  const { forgetSearch } = selection
  useEffect(() => forgetSearch(), [queryKey, forgetSearch])

  const picked =
    selection.selection.kind === 'search' ? new Set(items.map((a) => a.id)) : selection.selecting ? selection.selection.ids : new Set(openId === null ? [] : [openId])

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <SearchToolbar filters={filters} onChange={setFilters} sort={sort} onSort={setSort} view={view} onView={setView} />
        </div>
        {canSelect && !selection.selecting && (
          <Button variant="default" leftSection={<IconSquareCheck size={16} />} onClick={selection.startSelecting}>
            Seleccionar
          </Button>
        )}
        <ExportMenu label="Exportar inventario" request={{ list: 'archivo', filters: query }} />
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3, xl: 2 }}>
          <Paper withBorder radius="md" p="sm">
            <ScrollArea.Autosize mah="calc(100vh - 280px)" type="auto">
              <Stack gap="sm">
                <FacetSidebar query={query} filters={filters} onChange={setFilters} />
                {filtered && (
                  <Button size="xs" variant="light" onClick={() => setFilters(NO_ARCHIVE_FILTERS)}>
                    Quitar filtros
                  </Button>
                )}
              </Stack>
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9, xl: 10 }}>
          <Stack gap="xs">
            {selection.selecting && (
              <SelectionBar
                state={selection}
                total={total}
                totalCapped={totalCapped}
                canCatalogue={canCatalogue}
                canExport={mayExport}
                onSelectSearch={() => selection.selectSearch(query, total)}
                onEdit={() => setEditing(true)}
                onExport={() => setExporting(true)}
              />
            )}
            <AssetResults
              filters={query}
              sort={sort}
              view={view}
              selectedIds={picked}
              picking={selection.selecting}
              onSelect={(a, gesture) => {
                if (!selection.click(a, canSelect ? (gesture ?? NO_GESTURE) : NO_GESTURE, items)) setOpenId(a.id)
              }}
              height={selection.selecting ? 'calc(100vh - 340px)' : 'calc(100vh - 290px)'}
              empty={
                filtered ? (
                  <EmptyState
                    title="Ningún material coincide con la búsqueda"
                    action={
                      <Button variant="light" onClick={() => setFilters(NO_ARCHIVE_FILTERS)}>
                        Quitar filtros
                      </Button>
                    }
                  >
                    Pruebe con otras palabras, otro rango de fechas o quite algún filtro.
                  </EmptyState>
                ) : (
                  <EmptyState title="El archivo audiovisual está vacío">
                    {canIngest
                      ? 'Traiga las fotos, videos y audios de una tarjeta de memoria o una carpeta con «Ingestar material».'
                      : 'Aquí aparecerá el material cuando el equipo de archivo lo ingeste.'}
                  </EmptyState>
                )
              }
            />
          </Stack>
        </Grid.Col>
      </Grid>
      <AssetDetailDrawer id={openId} onClose={() => setOpenId(null)} />
      {canCatalogue && <BatchEditModal opened={editing} onClose={() => setEditing(false)} selection={selection.selection} />}
      {mayExport && <ExportSelectionModal opened={exporting} onClose={() => setExporting(false)} selection={selectionInput(selection.selection)} />}
    </Stack>
  )
}
