import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Contract, InputOf } from '../../../../shared/contract'
import { api } from '../../lib/api'

export type RequestFilter = NonNullable<InputOf<Contract['requests']['list']>>

export const useRequests = (filter: RequestFilter) =>
  useQuery({ queryKey: ['requests', 'list', filter], queryFn: () => api.requests.list(filter), placeholderData: keepPreviousData })

export const useRequest = (id: number) => useQuery({ queryKey: ['requests', 'detail', id], queryFn: () => api.requests.get({ id }) })
