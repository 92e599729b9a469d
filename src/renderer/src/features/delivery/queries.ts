import { useQuery } from '@tanstack/react-query'
import type { OutboxItem } from '../../../../shared/contract'
import { api } from '../../lib/api'

/** Items still on their way: the outbox retries them on its own. */
export const isWaiting = (item: OutboxItem): boolean => item.state === 'pendiente' || item.state === 'fallido'

/** How often the outbox is asked again while something is waiting. */
export const OUTBOX_REFRESH_MS = 5_000

export const useDestinations = () => useQuery({ queryKey: ['delivery', 'destinations'], queryFn: () => api.delivery.destinations() })

/** Refreshes itself every few seconds while an item waits, so a drained outbox shows without a click. */
export const useOutbox = (includeDone: boolean, enabled = true) =>
  useQuery({
    queryKey: ['delivery', 'outbox', { includeDone }],
    queryFn: () => api.delivery.outbox({ includeDone }),
    enabled,
    refetchInterval: (query) => (query.state.data?.some(isWaiting) ? OUTBOX_REFRESH_MS : false)
  })

export const useSchedules = () => useQuery({ queryKey: ['delivery', 'schedules'], queryFn: () => api.delivery.schedules() })
