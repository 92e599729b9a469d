import { Paper, Skeleton, Stack, Table } from '@mantine/core'

/** Stands in for a card whose page is not held (scrolled far away, or on its way): same size, so nothing moves. */
export function AssetCardSkeleton() {
  return (
    <Paper withBorder radius="md" p={6} h="100%" aria-hidden data-skeleton>
      <Stack gap={8}>
        <Skeleton height={132} radius="sm" />
        <Skeleton height={12} width="70%" />
        <Skeleton height={10} width="40%" />
      </Stack>
    </Paper>
  )
}

/** The list's stand-in row, as tall as a real one. */
export function AssetRowSkeleton({ height, columns }: { height: number; columns: number }) {
  return (
    <Table.Tr h={height} aria-hidden data-skeleton>
      {Array.from({ length: columns }, (_, i) => (
        <Table.Td key={i}>
          <Skeleton height={i === 0 ? 40 : 12} width={i === 0 ? 56 : '70%'} radius="sm" />
        </Table.Td>
      ))}
    </Table.Tr>
  )
}
