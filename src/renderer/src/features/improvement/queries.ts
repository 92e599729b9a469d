import { useQuery, type QueryKey } from '@tanstack/react-query'
import type { FindingState } from '../../../../shared/domain/improvement'
import type { Role } from '../../../../shared/domain/roles'
import { api } from '../../lib/api'

export const useFindings = (state: FindingState | undefined) =>
  useQuery({ queryKey: ['improvement', 'list', state ?? 'todos'], queryFn: () => api.improvement.list(state ? { state } : {}) })

export const useFinding = (id: number | null) =>
  useQuery({ queryKey: ['improvement', 'get', id], queryFn: () => api.improvement.get({ id: id ?? 0 }), enabled: id !== null })

export const useImprovementDue = () => useQuery({ queryKey: ['improvement', 'due'], queryFn: () => api.improvement.due() })

export const useSourceOptions = () => useQuery({ queryKey: ['improvement', 'sourceOptions'], queryFn: () => api.improvement.sourceOptions() })

export const IMPROVEMENT_WRITES: QueryKey[] = [['improvement']]

/** Main checks every call again ('improvement.manage'); this only keeps the screen from offering what main refuses. */
export const canManageImprovement = (role: Role | undefined): boolean => role === 'jefe'

/** "vence hoy", "vence mañana", "vence en 3 días", "venció hace 2 días". */
export function dueLabel(daysLeft: number): string {
  if (daysLeft === 0) return 'vence hoy'
  if (daysLeft === 1) return 'vence mañana'
  if (daysLeft > 1) return `vence en ${daysLeft} días`
  return daysLeft === -1 ? 'venció ayer' : `venció hace ${-daysLeft} días`
}
