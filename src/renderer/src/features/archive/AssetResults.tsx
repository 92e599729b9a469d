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

/**
 * The search's results, reached page by page with the keyset cursor as the person scrolls; only the
 * pages near the screen hold their cards (useArchiveSearch). A new search starts from the top.
 */
export function AssetResults({ filters, sort, view, selectedIds, picking = false, onSelect, height, empty }: Props) {
  const search = useArchiveSearch(filters, sort)
  if (search.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Buscando en el archivo" />
      </Center>
    )
  }
  if (search.isError) return <ErrorAlert error={search.error} title="No se pudo buscar en el archivo" onRetry={search.refetch} />
  const { total, totalCapped: capped } = search
  if (search.count === 0) return <>{empty}</>
  const Results = view === 'grid' ? AssetGrid : AssetList
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed" aria-live="polite">
        {total === 1 && !capped ? '1 resultado' : `${formatTotal(total, capped)} resultados`}
      </Text>
      <Results
        key={search.key}
        count={search.count}
        itemAt={search.itemAt}
        showItems={search.showItems}
        hasNextPage={search.hasNextPage}
        isFetchingNextPage={search.isFetchingNextPage}
        fetchNextPage={search.fetchNextPage}
        selectedIds={selectedIds}
        picking={picking}
        onSelect={onSelect}
        height={height}
      />
    </Stack>
  )
}
