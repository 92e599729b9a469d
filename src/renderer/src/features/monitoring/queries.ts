import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { TrendGranularity } from '../../../../shared/domain/monitoring'
import { api } from '../../lib/api'

/** Every key starts with the contract domain, so a write refreshes them all with ['monitoring']. */
export const useDayClips = (date: string | null) =>
  useQuery({ queryKey: ['monitoring', 'list', date], queryFn: () => api.monitoring.list({ date: date! }), enabled: date !== null, placeholderData: keepPreviousData })

export const useClipSuggestions = () => useQuery({ queryKey: ['monitoring', 'suggestions'], queryFn: () => api.monitoring.suggestions() })

export const useUrlCheck = (url: string, excludeId?: number) =>
  useQuery({
    queryKey: ['monitoring', 'checkUrl', url, excludeId ?? null],
    queryFn: () => api.monitoring.checkUrl({ url, excludeId }),
    enabled: /^https?:\/\/\S+\.\S+/i.test(url)
  })

export const useDigestPreview = (date: string | null) =>
  useQuery({ queryKey: ['monitoring', 'digestPreview', date], queryFn: () => api.monitoring.digestPreview({ date: date! }), enabled: date !== null })

export const useLatestDigest = (date: string | null) =>
  useQuery({ queryKey: ['monitoring', 'latestDigest', date], queryFn: () => api.monitoring.latestDigest({ date: date! }), enabled: date !== null })

export const useTrends = (input: { granularity: TrendGranularity; from: string | null; to: string | null }) =>
  useQuery({
    queryKey: ['monitoring', 'trends', input],
    queryFn: () => api.monitoring.trends({ granularity: input.granularity, from: input.from!, to: input.to! }),
    enabled: input.from !== null && input.to !== null && input.from <= input.to,
    placeholderData: keepPreviousData
  })

export const useTodayClips = () => useQuery({ queryKey: ['monitoring', 'today'], queryFn: () => api.monitoring.today() })
