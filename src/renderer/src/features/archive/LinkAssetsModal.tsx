import { useState } from 'react'
import { Button, Group, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { EmptyState } from '../../components/EmptyState'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { AssetResults } from './AssetResults'
import { ARCHIVE_WRITES } from './queries'

/** Picks material from the archive (the same search and grid) and links it to a piece. */
export function LinkAssetsModal({ pieceId, linkedIds, opened, onClose }: { pieceId: number; linkedIds: number[]; opened: boolean; onClose: () => void }) {
  const [text, setText] = useState('')
  const [debounced] = useDebouncedValue(text.trim(), 250)
  const [view, setView] = useState<'grid' | 'list'>('grid')
  const [chosen, setChosen] = useState<Set<number>>(new Set())
  const link = useApiMutation(() => api.archive.linkToPiece({ pieceId, assetIds: [...chosen] }), {
    invalidates: ARCHIVE_WRITES,
    success: chosen.size === 1 ? 'Se vinculó el material a la pieza.' : `Se vincularon ${chosen.size} archivos a la pieza.`,
    onSuccess: () => close()
  })

  function close() {
    setText('')
    setChosen(new Set())
    link.reset()
    onClose()
  }

  function toggle(id: number) {
    const next = new Set(chosen)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setChosen(next)
  }

  return (
    <Modal opened={opened} onClose={close} title="Vincular material del archivo" size="90%">
      <Stack gap="sm">
        <Group align="flex-end">
          <TextInput
            label="Buscar en el archivo"
            placeholder="Título, palabras clave, personas, lugar, evento…"
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: 1 }}
            data-autofocus
          />
          <SegmentedControl
            aria-label="Vista"
            value={view}
            onChange={(v) => setView(v as 'grid' | 'list')}
            data={[
              { value: 'grid', label: 'Cuadrícula' },
              { value: 'list', label: 'Lista' }
            ]}
          />
        </Group>
        {opened && (
          <AssetResults
            filters={debounced ? { text: debounced } : {}}
            sort={debounced ? 'relevancia' : 'fecha_desc'}
            view={view}
            selectedIds={new Set([...chosen, ...linkedIds])}
            picking
            onSelect={(a) => !linkedIds.includes(a.id) && toggle(a.id)}
            height="55vh"
            empty={<EmptyState title="Ningún material coincide">Pruebe con otras palabras.</EmptyState>}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancelar
          </Button>
          <Button onClick={() => link.mutate()} disabled={chosen.size === 0} loading={link.isPending}>
            {chosen.size === 0 ? 'Vincular' : `Vincular (${chosen.size})`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
