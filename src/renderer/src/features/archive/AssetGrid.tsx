import { useEffect, useRef } from 'react'
import { Box, Center, Loader } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import { useVirtualizer } from '@tanstack/react-virtual'
import { AssetCardSkeleton } from './AssetCardSkeleton'
import { AssetCardView } from './AssetCardView'
import type { ResultsWithGestures } from './batch/selection'
import { loadMoreNear } from './results'

const CARD_MIN_WIDTH = 190
const ROW_HEIGHT = 204
const GAP = 12

/**
 * Rows of cards; only the rows near the viewport are in the DOM, so a catalogue of 100 000 assets
 * renders as many nodes as one of 100. The scroll area has a row for every asset reached; a card
 * whose page is not held shows as a skeleton until the page comes back.
 */
export function AssetGrid(props: ResultsWithGestures) {
  const { count, itemAt, showItems, selectedIds, picking, onSelect, height } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const { ref: sizeRef, width } = useElementSize()
  const columns = Math.max(1, Math.floor(((width || 4 * (CARD_MIN_WIDTH + GAP)) + GAP) / (CARD_MIN_WIDTH + GAP)))
  const rowCount = Math.ceil(count / columns)
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT + GAP,
    overscan: 3
  })
  const rows = virtualizer.getVirtualItems()
  const firstRow = rows[0]?.index
  const lastRow = rows.at(-1)?.index

  useEffect(() => {
    if (firstRow !== undefined && lastRow !== undefined) showItems(firstRow * columns, (lastRow + 1) * columns - 1)
  }, [firstRow, lastRow, columns, showItems])
  useEffect(() => loadMoreNear(lastRow, rowCount, props), [lastRow, rowCount, props])

  return (
    // data-loaded: how many assets the grid has reached, which the grid benchmark (bench/archive-grid.ts) scrolls through.
    <Box ref={scrollRef} style={{ height, overflowY: 'auto', contain: 'strict' }} role="region" aria-label="Material del archivo" tabIndex={0} data-loaded={count}>
      <Box ref={sizeRef} style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {rows.map((row) => (
          <Box
            key={row.key}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              height: ROW_HEIGHT,
              transform: `translateY(${row.start}px)`,
              display: 'grid',
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              gap: GAP
            }}
          >
            {cellsOfRow(row.index, columns, count).map((index) => {
              const asset = itemAt(index)
              return asset ? (
                <AssetCardView key={asset.id} asset={asset} selected={selectedIds.has(asset.id)} picking={picking} onSelect={onSelect} />
              ) : (
                <AssetCardSkeleton key={`s${index}`} />
              )
            })}
          </Box>
        ))}
      </Box>
      {props.isFetchingNextPage && (
        <Center py="sm">
          <Loader size="sm" aria-label="Cargando más material" />
        </Center>
      )}
    </Box>
  )
}

/** Positions of the assets in a row of the grid. */
function cellsOfRow(row: number, columns: number, count: number): number[] {
  const cells: number[] = []
  for (let i = row * columns; i < Math.min(count, (row + 1) * columns); i++) cells.push(i)
  return cells
}
