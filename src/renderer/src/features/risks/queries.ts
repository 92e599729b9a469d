import { useQuery, type QueryKey } from '@tanstack/react-query'
import type { Role } from '../../../../shared/domain/roles'
import { api } from '../../lib/api'

export const useRisks = () => useQuery({ queryKey: ['risks', 'list'], queryFn: () => api.risks.list() })

export const useRisk = (id: number | null) =>
  useQuery({ queryKey: ['risks', 'get', id], queryFn: () => api.risks.get({ id: id ?? 0 }), enabled: id !== null })

/** A risk write changes the matrix and what findings can link to. */
export const RISK_WRITES: QueryKey[] = [['risks'], ['improvement', 'sourceOptions']]

/** Main checks every call again ('risks.manage'); this only keeps the screen from offering what main refuses. */
export const canManageRisks = (role: Role | undefined): boolean => role === 'jefe'
