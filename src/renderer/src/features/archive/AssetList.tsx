import { useEffect, useRef } from 'react'
import { Box, Center, Checkbox, Group, Loader, Table, Text } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { ASSET_KIND_LABELS, CATALOGUE_STATUS_LABELS, CONSENT_LABELS } from '../../../../shared/domain/archive'
import { formatDate } from '../../../../shared/dates'
import { AssetRowSkeleton } from './AssetCardSkeleton'
import { AssetThumb } from './AssetThumb'
import { OfflineBadge, assetName } from './AssetCardView'
import { ConsentBadge, consentBlocks } from './ConsentBadge'
import { gestureOf, type ResultsWithGestures } from './batch/selection'
import { loadMoreNear } from './results'

const ROW_HEIGHT = 52
const COLUMNS = 6

/**
 * The same results as a table; rows outside the viewport are replaced by two spacer rows, and rows
 * whose page is not held by skeleton rows of the same height.
 */
export function AssetList(props: ResultsWithGestures) {
  const { count, itemAt, showItems, selectedIds, picking, onSelect, height } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8
  })
  const rows = virtualizer.getVirtualItems()
  const firstRow = rows[0]?.index
  const lastRow = rows.at(-1)?.index
  const before = rows[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0)

  useEffect(() => {
    if (firstRow !== undefined && lastRow !== undefined) showItems(firstRow, lastRow)
  }, [firstRow, lastRow, showItems])
  useEffect(() => loadMoreNear(lastRow, count, props), [lastRow, count, props])

  return (
    <Box ref={scrollRef} style={{ height, overflow: 'auto' }} role="region" aria-label="Material del archivo" tabIndex={0} data-loaded={count}>
      <Table stickyHeader highlightOnHover verticalSpacing={4} miw={820} style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={picking ? 96 : 72}>Vista</Table.Th>
            <Table.Th>Título</Table.Th>
            <Table.Th w={100}>Fecha</Table.Th>
            <Table.Th w={160}>Evento</Table.Th>
            <Table.Th w={120}>Catalogación</Table.Th>
            <Table.Th w={180}>Autorización</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <tr style={{ height: before }} aria-hidden />}
          {rows.map((row) => {
            const asset = itemAt(row.index)
            if (!asset) return <AssetRowSkeleton key={`s${row.index}`} height={ROW_HEIGHT} columns={COLUMNS} />
            const selected = selectedIds.has(asset.id)
            return (
              <Table.Tr
                key={asset.id}
                h={ROW_HEIGHT}
                onClick={(e) => onSelect(asset, gestureOf(e))}
                onMouseDown={(e) => e.shiftKey && e.preventDefault()}
                style={{ cursor: 'pointer' }}
                bg={selected ? 'indigo.0' : undefined}
                aria-selected={selected}
              >
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {picking && <Checkbox checked={selected} readOnly tabIndex={-1} aria-hidden />}
                    <Box w={56} title={ASSET_KIND_LABELS[asset.kind]}>
                      <AssetThumb asset={asset} height={40} iconSize={20} />
                    </Box>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text
                      size="sm"
                      fw={500}
                      truncate
                      component="button"
                      type="button"
                      onClick={(e) => {
                        e.stopPropagation()
                        onSelect(asset, gestureOf(e))
                      }}
                      style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', textAlign: 'left' }}
                    >
                      {assetName(asset)}
                    </Text>
                    {asset.offline && <OfflineBadge />}
                  </Group>
                </Table.Td>
                <Table.Td>{asset.capturedOn ? formatDate(asset.capturedOn) : '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {asset.eventName ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{CATALOGUE_STATUS_LABELS[asset.status]}</Table.Td>
                <Table.Td>
                  {consentBlocks(asset.consent) ? <ConsentBadge consent={asset.consent} size="xs" compact /> : CONSENT_LABELS[asset.consent]}
                </Table.Td>
              </Table.Tr>
            )
          })}
          {after > 0 && <tr style={{ height: after }} aria-hidden />}
        </Table.Tbody>
      </Table>
      {props.isFetchingNextPage && (
        <Center py="sm">
          <Loader size="sm" aria-label="Cargando más material" />
        </Center>
      )}
    </Box>
  )
}
