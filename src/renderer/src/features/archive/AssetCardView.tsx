import { Badge, Checkbox, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconPlugConnectedX } from '@tabler/icons-react'
import type { AssetCard } from '../../../../shared/contract'
import { formatDate } from '../../../../shared/dates'
import { AssetThumb } from './AssetThumb'
import { ConsentBadge } from './ConsentBadge'
import { gestureOf, type SelectHandler } from './batch/selection'

export const assetName = (a: AssetCard): string => a.title || a.originalName

export function OfflineBadge() {
  return (
    <Badge size="sm" color="gray" variant="filled" leftSection={<IconPlugConnectedX size={12} />}>
      Sin conexión
    </Badge>
  )
}

/** One card of the grid: a button that opens the asset (or, when picking, toggles it; Shift and Ctrl/Cmd select). */
export function AssetCardView({
  asset,
  selected,
  picking,
  onSelect
}: {
  asset: AssetCard
  selected: boolean
  picking: boolean
  onSelect: SelectHandler
}) {
  const name = assetName(asset)
  return (
    <UnstyledButton
      onClick={(e) => onSelect(asset, gestureOf(e))}
      // Shift-click extends a selection; without this the browser also selects the cards' text.
      onMouseDown={(e) => e.shiftKey && e.preventDefault()}
      aria-label={name}
      aria-pressed={picking ? selected : undefined}
      aria-current={!picking && selected ? 'true' : undefined}
      style={{ display: 'block', width: '100%', height: '100%' }}
    >
      <Paper
        withBorder
        radius="md"
        p={6}
        h="100%"
        style={{ borderColor: selected ? 'var(--mantine-color-indigo-5)' : undefined, boxShadow: selected ? '0 0 0 2px var(--mantine-color-indigo-3)' : undefined }}
      >
        <Stack gap={4} style={{ position: 'relative' }}>
          <AssetThumb asset={asset} height={132} />
          {picking && <Checkbox checked={selected} readOnly tabIndex={-1} aria-hidden style={{ position: 'absolute', top: 6, left: 6 }} />}
          <Group gap={4} style={{ position: 'absolute', top: 6, right: 6 }} justify="flex-end">
            {asset.offline && <OfflineBadge />}
          </Group>
          <Text size="sm" fw={500} lineClamp={1} title={name}>
            {name}
          </Text>
          <Group gap={6} justify="space-between" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {asset.capturedOn ? formatDate(asset.capturedOn) : 'Sin fecha'}
            </Text>
            <ConsentBadge consent={asset.consent} size="xs" compact />
          </Group>
        </Stack>
      </Paper>
    </UnstyledButton>
  )
}
