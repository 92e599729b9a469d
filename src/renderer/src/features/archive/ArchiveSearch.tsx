import { useState } from 'react'
import { Button, Grid, Group, Paper, ScrollArea, Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { EmptyState } from '../../components/EmptyState'
import { ExportMenu } from '../reports/ExportMenu'
import { AssetDetailDrawer } from './AssetDetailDrawer'
import { AssetResults } from './AssetResults'
import { FacetSidebar } from './FacetSidebar'
import { SearchToolbar } from './SearchToolbar'
import { NO_ARCHIVE_FILTERS, isFiltered, toContractFilters, useArchiveView } from './view-store'

/** Search box, facets and date range over the virtualised results; a card opens its detail. */
export function ArchiveSearch({ canIngest }: { canIngest: boolean }) {
  const { filters, sort, view, setFilters, setSort, setView } = useArchiveView()
  const [text] = useDebouncedValue(filters.text.trim(), 250)
  const [openId, setOpenId] = useState<number | null>(null)
  const query = toContractFilters(filters, text)
  const filtered = isFiltered(filters)

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <SearchToolbar filters={filters} onChange={setFilters} sort={sort} onSort={setSort} view={view} onView={setView} />
        </div>
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
          <AssetResults
            filters={query}
            sort={sort}
            view={view}
            selectedIds={new Set(openId === null ? [] : [openId])}
            onSelect={(a) => setOpenId(a.id)}
            height="calc(100vh - 290px)"
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
        </Grid.Col>
      </Grid>
      <AssetDetailDrawer id={openId} onClose={() => setOpenId(null)} />
    </Stack>
  )
}
