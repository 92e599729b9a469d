import { useQuery } from '@tanstack/react-query'
import type { FixityRun } from '../../../../../shared/contract/fixity'
import type { Role } from '../../../../../shared/domain/roles'
import { api } from '../../../lib/api'

/** A verification in course is shown as it advances. */
const POLL_MS = 1000
const running = (run: FixityRun | undefined) => run?.state === 'en_curso'

export const useFixityRuns = () =>
  useQuery({
    queryKey: ['fixity', 'runs'],
    queryFn: () => api.fixity.runs(),
    refetchInterval: (q) => (q.state.data?.some(running) ? POLL_MS : false)
  })

export const useFixityRun = (id: number) =>
  useQuery({
    queryKey: ['fixity', 'get', id],
    queryFn: () => api.fixity.get({ id }),
    refetchInterval: (q) => (running(q.state.data) ? POLL_MS : false)
  })

export const useFixitySchedule = () => useQuery({ queryKey: ['fixity', 'schedule'], queryFn: () => api.fixity.schedule() })

/** Mirrors 'archive.fixity' in main, which checks every call again. */
export const canVerify = (role: Role | undefined): boolean => role === 'jefe' || role === 'archivista'
