import { useQuery } from '@tanstack/react-query'
import type { ExportJob } from '../../../../../shared/contract/archive-export'
import type { Role } from '../../../../../shared/domain/roles'
import { api } from '../../../lib/api'
import type { ExportSelectionInput } from './selection'

export const isExportRunning = (job: ExportJob): boolean => job.state === 'en_curso'

export const useExportPreview = (selection: ExportSelectionInput, enabled: boolean) =>
  useQuery({ queryKey: ['archiveExport', 'preview', selection], queryFn: () => api.archiveExport.preview({ selection }), enabled })

export const useExportJob = (id: number) =>
  useQuery({
    queryKey: ['archiveExport', 'job', id],
    queryFn: () => api.archiveExport.get({ id }),
    refetchInterval: (q) => (q.state.data && isExportRunning(q.state.data) ? 700 : false)
  })

export const useExportJobs = () =>
  useQuery({
    queryKey: ['archiveExport', 'list'],
    queryFn: () => api.archiveExport.list(),
    refetchInterval: (q) => (q.state.data?.some(isExportRunning) ? 1500 : false)
  })

/** Mirrors 'archive.export' in main, which checks every call again. */
export const canExport = (role: Role | undefined): boolean => role === 'jefe' || role === 'archivista'
