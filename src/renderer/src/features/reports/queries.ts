import { useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'

export const useReportHeader = () => useQuery({ queryKey: ['reports', 'header'], queryFn: () => api.reports.getHeader() })

export const useRecentFiles = (limit = 20) =>
  useQuery({ queryKey: ['reports', 'recent', limit], queryFn: () => api.reports.recent({ limit }) })
