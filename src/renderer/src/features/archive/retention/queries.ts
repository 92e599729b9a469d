import { useQuery, type QueryKey } from '@tanstack/react-query'
import type { Role } from '../../../../../shared/domain/roles'
import { api } from '../../../lib/api'

export const useRetentionSeries = () => useQuery({ queryKey: ['retention', 'series'], queryFn: () => api.retention.series() })

export const useRetentionDue = () => useQuery({ queryKey: ['retention', 'due'], queryFn: () => api.retention.due({}) })

/** A retention write changes the series' counts and what is due. */
export const RETENTION_WRITES: QueryKey[] = [['retention']]

/** Main checks every call again ('archive.retention'); this only keeps the screen from offering what main refuses. */
export const canManageRetention = (role: Role | undefined): boolean => role === 'jefe' || role === 'archivista'
