import { useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'

export const usePlans = () => useQuery({ queryKey: ['plans', 'list'], queryFn: () => api.plans.list() })

export const usePlan = (id: number) => useQuery({ queryKey: ['plans', 'detail', id], queryFn: () => api.plans.get({ id }) })
