import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query'
import type { Contract, InputOf } from '../../../../shared/contract'
import { api } from '../../lib/api'

export type PieceFilterInput = NonNullable<InputOf<Contract['pieces']['list']>>

export const usePieces = (filter: PieceFilterInput) =>
  useQuery({ queryKey: ['pieces', 'list', filter], queryFn: () => api.pieces.list(filter), placeholderData: keepPreviousData })

export const usePiece = (id: number) => useQuery({ queryKey: ['pieces', 'detail', id], queryFn: () => api.pieces.get({ id }) })

export const usePieceHistory = (pieceId: number) =>
  useQuery({ queryKey: ['pieces', 'history', pieceId], queryFn: () => api.pieces.history({ pieceId }) })

/** Versions never change once saved, so they are cached for the session. */
export const useContentVersion = (versionId: number | null) =>
  useQuery({
    queryKey: ['pieces', 'contentVersion', versionId],
    queryFn: () => api.pieces.getContentVersion({ versionId: versionId! }),
    enabled: versionId !== null,
    staleTime: Infinity
  })

/** Same key as the sidebar's badge, so a decision refreshes both. */
export const useReviewQueue = (enabled = true) =>
  useQuery({ queryKey: ['pieces', 'reviewQueue'], queryFn: () => api.pieces.reviewQueue(), enabled })

/** A piece write changes lists, the home summary, plan progress and the request's pieces. */
export const PIECE_WRITES: QueryKey[] = [['pieces'], ['home'], ['plans'], ['requests']]
