import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query'
import type { Contract, InputOf } from '../../../../shared/contract'
import { api } from '../../lib/api'

export type InquiryFilter = NonNullable<InputOf<Contract['inquiries']['list']>>

/** Every inquiry write changes lists, figures and Inicio's card alike. */
export const INQUIRY_WRITES: QueryKey[] = [['inquiries']]

export const useInquiries = (filter: InquiryFilter) =>
  useQuery({ queryKey: ['inquiries', 'list', filter], queryFn: () => api.inquiries.list(filter), placeholderData: keepPreviousData })

export const useInquiry = (id: number | null) =>
  useQuery({ queryKey: ['inquiries', 'detail', id], queryFn: () => api.inquiries.get({ id: id! }), enabled: id !== null })

export const useInquiryFigures = (period: { from: string; to: string }) =>
  useQuery({ queryKey: ['inquiries', 'figures', period], queryFn: () => api.inquiries.figures(period), placeholderData: keepPreviousData })

export const useInquiriesDue = () => useQuery({ queryKey: ['inquiries', 'due'], queryFn: () => api.inquiries.due() })

export const useInquirySettings = () => useQuery({ queryKey: ['inquiries', 'settings'], queryFn: () => api.inquiries.settings() })
