import { useEffect, useRef, useState } from 'react'
import { Grid, Text } from '@mantine/core'
import { EmptyState } from '../../components/EmptyState'
import { QueueDetail } from './QueueDetail'
import { QueueList, type QueueItem } from './QueueList'

/**
 * The approver's queue, oldest first: the list keeps the focus (j/k, arrows), Enter jumps into the
 * review panel, Escape comes back, and after a decision the next piece is selected.
 */
export function ReviewQueue({ items }: { items: QueueItem[] }) {
  const [selectedId, setSelectedId] = useState<number | null>(items[0]?.id ?? null)
  const lastIndex = useRef(0)
  const listRef = useRef<HTMLDivElement>(null)
  const detailRef = useRef<HTMLDivElement>(null)
  const now = new Date()

  // A decided piece leaves the queue: the one that took its place is selected.
  useEffect(() => {
    const index = items.findIndex((i) => i.id === selectedId)
    if (index >= 0) {
      lastIndex.current = index
      return
    }
    setSelectedId(items[Math.min(lastIndex.current, items.length - 1)]?.id ?? null)
  }, [items, selectedId])

  useEffect(() => {
    listRef.current?.focus()
  }, [])

  const open = () => detailRef.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus()
  const backToList = () => listRef.current?.focus()

  if (items.length === 0) {
    return <EmptyState title="No hay piezas por aprobar">Cuando alguien envíe el contenido o el diseño de una pieza a revisión, aparecerá aquí.</EmptyState>
  }
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 4, xl: 3 }}>
        <QueueList items={items} selectedId={selectedId} onSelect={setSelectedId} onOpen={open} listRef={listRef} now={now} />
        <Text size="xs" c="dimmed" mt="xs">
          j/k o flechas: moverse · Enter: revisar · 1–5: puntos de control · Ctrl+Enter: aprobar · Esc: volver a la lista
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8, xl: 9 }} ref={detailRef}>
        {selectedId !== null && <QueueDetail key={selectedId} pieceId={selectedId} onDecided={backToList} onEscape={backToList} />}
      </Grid.Col>
    </Grid>
  )
}
