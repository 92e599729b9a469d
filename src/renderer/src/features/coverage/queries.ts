import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query'
import { api } from '../../lib/api'

/** Coverage writes change the calendar, the agenda, Inicio and sometimes pieces or the archive. */
export const COVERAGE_WRITES: QueryKey[] = [['coverage'], ['home']]

export const useCoverageEvents = (range: { from: string; to: string; assigneeId?: number }) =>
  useQuery({ queryKey: ['coverage', 'list', range], queryFn: () => api.coverage.list(range), placeholderData: keepPreviousData })

export const useCoverageEvent = (id: number | null) =>
  useQuery({ queryKey: ['coverage', 'detail', id], queryFn: () => api.coverage.get({ id: id! }), enabled: id !== null })

export const useAgenda = () => useQuery({ queryKey: ['coverage', 'agenda'], queryFn: () => api.coverage.agenda() })

export const useCoverageToday = () => useQuery({ queryKey: ['coverage', 'today'], queryFn: () => api.coverage.today() })

/** The person's overlapping assignments, asked while the form is open (a warning, not a block). */
export const useConflicts = (input: { userId: number; startsAt: string; endsAt: string; excludeEventId?: number } | null) =>
  useQuery({
    queryKey: ['coverage', 'conflicts', input],
    queryFn: () => api.coverage.conflicts(input!),
    enabled: input !== null
  })
