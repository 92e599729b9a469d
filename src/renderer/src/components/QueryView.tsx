import type { ReactNode } from 'react'
import { Center, Loader } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { ErrorAlert } from './ErrorAlert'

/** Loading, error (with retry) and data states of one query, the same on every screen. */
export function QueryView<T>({ query, children, loadingLabel = 'Cargando…' }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; loadingLabel?: string }) {
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={loadingLabel} />
      </Center>
    )
  }
  if (query.isError) return <ErrorAlert error={query.error} title="No se pudieron cargar los datos" onRetry={() => void query.refetch()} />
  return <>{children(query.data)}</>
}
