import { useQuery, type QueryKey } from '@tanstack/react-query'
import { api } from '../../lib/api'

/** What a write to indicators changes: the sheets and Inicio's alerts. */
export const INDICATOR_WRITES: QueryKey[] = [['indicators'], ['home']]

export const useIndicatorSheets = () => useQuery({ queryKey: ['indicators', 'list'], queryFn: () => api.indicators.list() })

export const useIndicatorSheet = (id: number) => useQuery({ queryKey: ['indicators', 'sheet', id], queryFn: () => api.indicators.get({ id }) })

export const useIndicatorAlerts = () => useQuery({ queryKey: ['indicators', 'alerts'], queryFn: () => api.indicators.alerts() })
