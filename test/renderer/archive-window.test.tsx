import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { act, renderHook, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { AssetCard } from '../../src/shared/contract'
import { useArchiveSearch } from '../../src/renderer/src/features/archive/queries'
import { extendRange, NOTHING_SELECTED, toggleOne } from '../../src/renderer/src/features/archive/batch/selection'
import {
  NEW_WINDOW,
  hasMore,
  heldPages,
  isReaching,
  reachNext,
  reachedCount,
  recordPage,
  sameWindow,
  showItems,
  type PageAnswer
} from '../../src/renderer/src/features/archive/windowed-search'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { seedAsset } from '../main/archive-seed'
import { connectApi } from './support'

const page = (length: number, nextCursor: string | null, total = 50): PageAnswer => ({ items: Array.from({ length }), nextCursor, total, totalCapped: false })

/** A window that has reached `n` full pages of 10 (cursors c1, c2, …) and whose last page answered. */
function reached(n: number) {
  let w = recordPage(NEW_WINDOW, 0, null, page(10, 'c1'))
  for (let i = 1; i < n; i++) w = recordPage(reachNext(w), i, `c${i}`, page(10, `c${i + 1}`))
  return w
}

describe('la ventana de páginas', () => {
  test('guarda el cursor de cada página alcanzada y cuenta filas para todas', () => {
    const w = reached(5)
    expect(w.starts).toEqual([null, 'c1', 'c2', 'c3', 'c4'])
    expect(reachedCount(w, 10)).toBe(50)
    expect(hasMore(w)).toBe(true)
    const asking = reachNext(w)
    expect(isReaching(asking)).toBe(true)
    expect(reachedCount(asking, 10)).toBe(50)
    // The last page answers short and without a cursor: the search ends there.
    const done = recordPage(asking, 5, 'c5', page(4, null))
    expect(reachedCount(done, 10)).toBe(54)
    expect(hasMore(done)).toBe(false)
    expect(reachNext(done)).toBe(done)
  })

  test('solo retiene las páginas en pantalla y una a cada lado', () => {
    const w = reached(8)
    expect(heldPages(w)).toEqual([0, 1])
    const far = showItems(w, 52, 67, 10)
    expect([far.firstShown, far.lastShown]).toEqual([5, 6])
    expect(heldPages(far)).toEqual([4, 5, 6, 7])
    // Scrolling within the same pages changes nothing (no new render of whoever reads the window).
    expect(showItems(far, 55, 69, 10)).toBe(far)
    // The page being reached stays held even when the person scrolls away, so it still arrives.
    expect(heldPages(showItems(reachNext(w), 0, 5, 10))).toEqual([0, 1, 8])
  })

  test('una página vuelta a pedir tras una edición corrige el cursor siguiente o acorta la búsqueda', () => {
    const w = reached(4)
    const moved = recordPage(w, 1, 'c1', page(10, 'c2-nuevo', 49))
    expect(moved.starts).toEqual([null, 'c1', 'c2-nuevo', 'c3'])
    expect(moved.total).toBe(49)
    // An answer for a cursor the window no longer has is ignored.
    expect(recordPage(moved, 2, 'c2', page(10, 'otro'))).toBe(moved)
    const ended = recordPage(moved, 1, 'c1', page(7, null, 17))
    expect(ended.starts).toEqual([null, 'c1'])
    expect(reachedCount(ended, 10)).toBe(17)
    expect(hasMore(ended)).toBe(false)
  })

  test('páginas con totales distintos (una edición entre dos respuestas) dan siempre la misma ventana', () => {
    const w = reached(3)
    const fold = (from: typeof w) => recordPage(recordPage(from, 0, null, page(10, 'c1', 60)), 2, 'c2', page(10, 'c3', 59))
    const once = fold(w)
    expect(once.total).toBe(59)
    expect(sameWindow(fold(once), once)).toBe(true)
    expect(sameWindow(showItems(once, 20, 29, 10), once)).toBe(false)
  })
})

describe('Mayús+clic con páginas no retenidas', () => {
  const card = (id: number) => ({ id }) as AssetCard
  // Positions 0-2 and 6-8 are held; 3-5 (a page scrolled away) are not.
  const held = [1, 2, 3, 7, 8, 9].map(card)

  test('el rango cubre las tarjetas retenidas entre el ancla y el clic', () => {
    const anchored = toggleOne(NOTHING_SELECTED, 2)
    const range = extendRange(anchored, held, 8)
    expect(range.kind === 'ids' && [...range.ids].sort((a, b) => a - b)).toEqual([2, 3, 7, 8])
  })

  test('si el ancla ya no está retenida, elige solo la tarjeta y la vuelve ancla', () => {
    const anchored = toggleOne(NOTHING_SELECTED, 5)
    const range = extendRange(anchored, held, 8)
    expect(range).toEqual({ kind: 'ids', ids: new Set([5, 8]), anchor: 8 })
  })
})

describe('useArchiveSearch contra main', () => {
  let o: Office
  let client: QueryClient
  let cursorsAsked: (string | null)[]

  beforeEach(async () => {
    o = await makeOffice()
    // 60 photos, one a day: newest first, «Foto 60» is position 0 and «Foto 1» position 59.
    for (let i = 1; i <= 60; i++) await seedAsset(o, { title: `Foto ${i}`, captured_on: new Date(Date.UTC(2026, 0, i)).toISOString().slice(0, 10) })
    connectApi(o, 'archivista')
    const search = window.api.archive.search
    cursorsAsked = []
    window.api.archive.search = (input) => {
      cursorsAsked.push(input?.cursor ?? null)
      return search(input)
    }
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  })

  afterEach(async () => {
    client.clear()
    await o.dispose()
  })

  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  const pageZeroQuery = () => client.getQueryCache().findAll({ queryKey: ['archive', 'search'] }).find((q) => q.queryKey[6] === null)

  test('recorre seis páginas, suelta las lejanas y las vuelve a pedir al regresar', async () => {
    const { result } = renderHook(() => useArchiveSearch({}, 'fecha_desc', 10), { wrapper })
    await waitFor(() => expect(result.current.count).toBe(10))
    expect(result.current.itemAt(0)?.title).toBe('Foto 60')
    expect(result.current.total).toBe(60)

    // Scrolling down: each time the rows near the end are on screen, the next page is reached.
    for (let reachedPages = 1; reachedPages < 6; reachedPages++) {
      act(() => result.current.showItems(reachedPages * 10 - 4, reachedPages * 10 - 1))
      act(() => result.current.fetchNextPage())
      expect(result.current.isFetchingNextPage).toBe(true)
      await waitFor(() => expect(result.current.count).toBe((reachedPages + 1) * 10))
    }
    expect(result.current.hasNextPage).toBe(false)
    expect(result.current.itemAt(59)?.title).toBe('Foto 1')

    // Far down: the first pages' cards are dropped (their rows stay), and react-query forgets them.
    act(() => result.current.showItems(52, 59))
    await waitFor(() => expect(result.current.itemAt(0)).toBeUndefined())
    expect(result.current.count).toBe(60)
    expect(result.current.itemAt(35)).toBeUndefined()
    expect(result.current.itemAt(45)?.title).toBe('Foto 15')
    expect(result.current.loaded.map((a) => a.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Foto ${20 - i}`))
    expect(pageZeroQuery()?.getObserversCount()).toBe(0)
    await waitFor(() => expect(pageZeroQuery()).toBeUndefined(), { timeout: 4000 })

    // Back to the top: page 0 is fetched again with its (null) cursor, and the far pages dropped.
    const asked = cursorsAsked.length
    act(() => result.current.showItems(0, 7))
    await waitFor(() => expect(result.current.itemAt(0)?.title).toBe('Foto 60'))
    expect(cursorsAsked.slice(asked)).toContain(null)
    expect(result.current.itemAt(55)).toBeUndefined()
    expect(result.current.count).toBe(60)
  })

  test('invalidar el archivo refresca lo que se muestra', async () => {
    const { result } = renderHook(() => useArchiveSearch({}, 'fecha_desc', 10), { wrapper })
    await waitFor(() => expect(result.current.itemAt(0)?.title).toBe('Foto 60'))
    await o.core.db.updateTable('assets').set({ title: 'Foto 60 corregida' }).where('title', '=', 'Foto 60').execute()
    await act(() => client.invalidateQueries({ queryKey: ['archive'] }))
    await waitFor(() => expect(result.current.itemAt(0)?.title).toBe('Foto 60 corregida'))
  })
})
