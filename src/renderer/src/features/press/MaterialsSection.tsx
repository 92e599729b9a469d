import { useState } from 'react'
import { Button, Center, CloseButton, Group, Modal, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPhotoPlus, IconSearch } from '@tabler/icons-react'
import type { ConferenceAsset, ConferenceDetail } from '../../../../shared/contract/press'
import { formatDate } from '../../../../shared/dates'
import { EmptyState } from '../../components/EmptyState'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { AssetResults } from '../archive/AssetResults'
import { KindIcon } from '../archive/KindIcon'
import { PRESS_WRITES } from './queries'

function Thumb({ asset }: { asset: ConferenceAsset }) {
  const [broken, setBroken] = useState(false)
  return (
    <Center h={90} bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-sm)', overflow: 'hidden' }} c="gray.6">
      {asset.thumbUrl && !broken ? (
        <img src={asset.thumbUrl} alt="" loading="lazy" onError={() => setBroken(true)} style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }} />
      ) : (
        <KindIcon kind={asset.kind} size={32} />
      )}
    </Center>
  )
}

/** Picks material with the Archivo's own search and grid. */
function PickMaterialModal({ linkedIds, onClose, onPick }: { linkedIds: number[]; onClose: () => void; onPick: (ids: number[]) => void }) {
  const [text, setText] = useState('')
  const [debounced] = useDebouncedValue(text.trim(), 250)
  const [chosen, setChosen] = useState<Set<number>>(new Set())
  function toggle(id: number) {
    const next = new Set(chosen)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setChosen(next)
  }
  return (
    <Modal opened onClose={onClose} title="Elegir material del archivo" size="90%">
      <Stack gap="sm">
        <TextInput
          label="Buscar en el archivo"
          placeholder="Título, palabras clave, personas, lugar, evento…"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-autofocus
        />
        <AssetResults
          filters={debounced ? { text: debounced } : {}}
          sort={debounced ? 'relevancia' : 'fecha_desc'}
          view="grid"
          selectedIds={new Set([...chosen, ...linkedIds])}
          picking
          onSelect={(a) => !linkedIds.includes(a.id) && toggle(a.id)}
          height="55vh"
          empty={<EmptyState title="Ningún material coincide">Pruebe con otras palabras.</EmptyState>}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancelar
          </Button>
          <Button onClick={() => onPick([...chosen])} disabled={chosen.size === 0}>
            {chosen.size === 0 ? 'Agregar' : `Agregar (${chosen.size})`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** Photos, video and documents of the conference, linked from the audiovisual archive. */
export function MaterialsSection({ conference, canManage }: { conference: ConferenceDetail; canManage: boolean }) {
  const [picking, setPicking] = useState(false)
  const linkedIds = conference.assets.map((a) => a.id)
  const save = useApiMutation(api.press.setMaterials, {
    invalidates: PRESS_WRITES,
    success: (c) => `La rueda de prensa tiene ${c.assetCount} ${c.assetCount === 1 ? 'material' : 'materiales'} del archivo.`,
    onSuccess: () => setPicking(false)
  })
  return (
    <section aria-labelledby="conference-materials">
      <Group justify="space-between" mb="xs">
        <Title order={4} id="conference-materials">
          Material del archivo
        </Title>
        {canManage && (
          <Button size="xs" variant="light" leftSection={<IconPhotoPlus size={14} />} onClick={() => setPicking(true)}>
            Agregar material
          </Button>
        )}
      </Group>
      {conference.assets.length === 0 ? (
        <Text size="sm" c="dimmed">
          Sin material vinculado. Ingeste las fotos y el video en el Archivo audiovisual y agréguelos aquí.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {conference.assets.map((a) => (
            <Paper key={a.id} withBorder p={6} radius="sm">
              <Thumb asset={a} />
              <Group gap={4} wrap="nowrap" justify="space-between" mt={4}>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="xs" truncate>
                    {a.title || a.originalName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(a.capturedOn)}
                  </Text>
                </Stack>
                {canManage && (
                  <CloseButton
                    size="sm"
                    aria-label={`Quitar ${a.title || a.originalName}`}
                    onClick={() => save.mutate({ id: conference.id, assetIds: linkedIds.filter((id) => id !== a.id) })}
                  />
                )}
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      {picking && (
        <PickMaterialModal linkedIds={linkedIds} onClose={() => setPicking(false)} onPick={(ids) => save.mutate({ id: conference.id, assetIds: [...linkedIds, ...ids] })} />
      )}
    </section>
  )
}
