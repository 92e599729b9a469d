import { useQuery, type QueryKey } from '@tanstack/react-query'
import type { Role } from '../../../../shared/domain/roles'
import { api } from '../../lib/api'

export const useBulletins = (search: string) =>
  useQuery({ queryKey: ['press', 'bulletins', search], queryFn: () => api.press.bulletins(search ? { search } : {}) })

export const useBulletin = (id: number) => useQuery({ queryKey: ['press', 'bulletin', id], queryFn: () => api.press.bulletin({ id }) })

export const useBulletinPieces = () => useQuery({ queryKey: ['press', 'bulletinPieces'], queryFn: () => api.press.bulletinPieces() })

export const useNextBulletinNumber = (year: number | null) =>
  useQuery({
    queryKey: ['press', 'nextBulletinNumber', year],
    queryFn: () => api.press.nextBulletinNumber({ year: year ?? 0 }),
    enabled: year !== null
  })

export const useContacts = (search = '', includeInactive = false) =>
  useQuery({
    queryKey: ['press', 'contacts', search, includeInactive],
    queryFn: () => api.press.contacts({ ...(search ? { search } : {}), includeInactive })
  })

export const useDistributionLists = () => useQuery({ queryKey: ['press', 'lists'], queryFn: () => api.press.lists() })

export const useConferences = () => useQuery({ queryKey: ['press', 'conferences'], queryFn: () => api.press.conferences() })

export const useConference = (id: number) => useQuery({ queryKey: ['press', 'conference', id], queryFn: () => api.press.conference({ id }) })

export const useClipOptions = (id: number) => useQuery({ queryKey: ['press', 'clipOptions', id], queryFn: () => api.press.clipOptions({ id }) })

export const usePressUpcoming = () => useQuery({ queryKey: ['press', 'upcoming'], queryFn: () => api.press.upcoming() })

/** Every press write can change bulletins, lists, conferences and the Inicio card. */
export const PRESS_WRITES: QueryKey[] = [['press']]

/** Main checks every call again (press.* permissions); these only keep the screen from offering what main refuses. */
export const canManageBulletins = (role: Role | undefined): boolean => role === 'jefe' || role === 'profesional' || role === 'community_manager'
export const canManageContacts = canManageBulletins
export const canManageConferences = (role: Role | undefined): boolean => canManageBulletins(role) || role === 'audiovisual'
