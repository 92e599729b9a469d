import { Alert, Button, Group, Paper, Text } from '@mantine/core'
import { IconChecks, IconEdit, IconPackageExport, IconX } from '@tabler/icons-react'
import { BATCH_LIMIT } from '../../../../../shared/contract/archive-batch'
import { formatNumber, formatTotal } from '../format'
import type { AssetSelectionState } from './selection'

interface Props {
  state: AssetSelectionState
  /** Assets the current search finds (a lower bound when `totalCapped`). */
  total: number
  totalCapped: boolean
  canCatalogue: boolean
  canExport: boolean
  onSelectSearch: () => void
  onEdit: () => void
  onExport: () => void
}

/** "N seleccionados" and what can be done with them; shown while selecting. */
export function SelectionBar({ state, total, totalCapped, canCatalogue, canExport, onSelectSearch, onEdit, onExport }: Props) {
  const { selection, count } = state
  const bySearch = selection.kind === 'search'
  const overLimit = bySearch && count > BATCH_LIMIT
  return (
    <Paper withBorder radius="md" px="sm" py={6} bg="indigo.0" role="toolbar" aria-label="Selección">
      <Group gap="sm" justify="space-between">
        <Group gap="sm">
          <Text fw={600} size="sm" aria-live="polite">
            {bySearch ? `Todo lo encontrado: ${formatTotal(count, totalCapped)}` : count === 1 ? '1 seleccionado' : `${formatNumber(count)} seleccionados`}
          </Text>
          {count === 0 && (
            <Text size="sm" c="dimmed">
              Haga clic en los materiales para elegirlos; Mayús+clic elige un rango.
            </Text>
          )}
          {!bySearch && total > 0 && (
            <Button size="xs" variant="subtle" leftSection={<IconChecks size={14} />} onClick={onSelectSearch}>
              {`Seleccionar todo lo encontrado (${formatTotal(total, totalCapped)})`}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          {canCatalogue && (
            <Button size="xs" leftSection={<IconEdit size={14} />} onClick={onEdit} disabled={count === 0 || overLimit}>
              Editar en lote
            </Button>
          )}
          {canExport && (
            <Button size="xs" variant="default" leftSection={<IconPackageExport size={14} />} onClick={onExport} disabled={count === 0}>
              Exportar selección
            </Button>
          )}
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={state.clear}>
            Quitar selección
          </Button>
        </Group>
      </Group>
      {overLimit && (
        <Alert color="yellow" mt={6} p="xs">
          {`La búsqueda encuentra ${formatNumber(count)} materiales y un lote admite como máximo ${formatNumber(BATCH_LIMIT)}. Afine la búsqueda con palabras o filtros para editarlos en lote.`}
        </Alert>
      )}
    </Paper>
  )
}
