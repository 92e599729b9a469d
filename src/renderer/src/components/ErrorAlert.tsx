import { Alert, Button } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { errorMessage } from '../lib/api'

/** Shows a failed load or save with main's Spanish message and, when given, a way to retry. */
export function ErrorAlert({ error, title = 'No se pudo completar la operación', onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      {errorMessage(error)}
      {onRetry && (
        <Button size="xs" variant="white" color="red" ml="sm" onClick={onRetry}>
          Reintentar
        </Button>
      )}
    </Alert>
  )
}
