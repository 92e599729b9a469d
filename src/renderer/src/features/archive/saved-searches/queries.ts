import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'

export const useSavedSearches = () => useQuery({ queryKey: ['archiveBatch', 'savedSearches'], queryFn: () => api.archiveBatch.savedSearches() })

export const SAVED_SEARCH_WRITES = [['archiveBatch', 'savedSearches']]
