import { useQuery } from '@tanstack/react-query'
import type { CatalogueKind } from '../../../shared/domain/catalogues'
import { api } from './api'

/**
 * Query keys start with the contract domain ("pieces", "plans", …) so a mutation can refresh a
 * whole domain with `invalidateQueries({ queryKey: ['pieces'] })`.
 */
export const useCatalogue = (kind: CatalogueKind) =>
  useQuery({ queryKey: ['catalogues', kind], queryFn: () => api.catalogues.list({ kind }) })

export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: () => api.users.list() })

export const useActivityOptions = () => useQuery({ queryKey: ['plans', 'activityOptions'], queryFn: () => api.plans.activityOptions() })
