import { Alert, List, Stack, Text } from '@mantine/core'
import type { BatchPreview } from '../../../../../shared/contract/archive-batch'
import { formatNumber } from '../format'

export const materials = (n: number) => (n === 1 ? '1 material' : `${formatNumber(n)} materiales`)

/** "Se modificarán N materiales: …", what changes and a few of their names, before anything is written. */
export function BatchPreviewPanel({ preview }: { preview: BatchPreview }) {
  const rest = preview.matched - preview.sample.length
  return (
    <Stack gap="sm" role="region" aria-label="Vista previa del lote">
      {preview.changed === 0 ? (
        <Alert color="gray" title="Nada que cambiar">
          Los {materials(preview.matched)} del lote ya tienen estos valores. Vuelva y elija otro cambio.
        </Alert>
      ) : (
        <Text fw={600}>Se modificarán {materials(preview.changed)}:</Text>
      )}
      <List size="sm" spacing={4}>
        {preview.changes.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      {preview.changed > 0 && preview.changed < preview.matched && (
        <Text size="sm" c="dimmed">
          Los otros {materials(preview.matched - preview.changed)} ya tienen estos valores y no cambian.
        </Text>
      )}
      <Text size="sm" c="dimmed">
        En el lote: {preview.sample.join(', ')}
        {rest > 0 ? ` y ${materials(rest)} más.` : '.'}
      </Text>
    </Stack>
  )
}
