import type { ReactNode } from 'react'
import { Center, Loader, Stack, Text } from '@mantine/core'
import type { ArchiveSort } from '../../../../shared/domain/archive'
import { ErrorAlert } from '../../components/ErrorAlert'
import { AssetGrid } from './AssetGrid'
import { AssetList } from './AssetList'
import type { SelectHandler } from './batch/selection'
import { formatTotal } from './format'
import { useArchiveSearch, type ArchiveFilterInput } from './queries'

interface Props {
  filters: ArchiveFilterInput
  sort: ArchiveSort
  view: 'grid' | 'list'
  selectedIds: ReadonlySet<number>
  picking?: boolean
  onSelect: SelectHandler
  height: string
  /** Shown when nothing matches. */
  empty: ReactNode
}

/** The search's results, loaded page by page with the keyset cursor as the person scrolls. */
export function AssetResults({ filters, sort, view, selectedIds, picking = false, onSelect, height, empty }: Props) {
  const search = useArchiveSearch(filters, sort)
  if (search.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Buscando en el archivo" />
      </Center>
    )
  }
  if (search.isError) return <ErrorAlert error={search.error} title="No se pudo buscar en el archivo" onRetry={() => void search.refetch()} />
  const items = search.data.pages.flatMap((p) => p.items)
  const total = search.data.pages[0]?.total ?? 0
  const capped = search.data.pages[0]?.totalCapped ?? false
  if (items.length === 0) return <>{empty}</>
  const Results = view === 'grid' ? AssetGrid : AssetList
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed" aria-live="polite">
        {total === 1 && !capped ? '1 resultado' : `${formatTotal(total, capped)} resultados`}
      </Text>
      <Results
        items={items}
        hasNextPage={search.hasNextPage}
        isFetchingNextPage={search.isFetchingNextPage}
        fetchNextPage={() => void search.fetchNextPage()}
        selectedIds={selectedIds}
        picking={picking}
        onSelect={onSelect}
        height={height}
      />
    </Stack>
  )
}
