import { useRef, useState, type DragEvent, type ReactNode } from 'react'
import { Box, Center, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFolderDown } from '@tabler/icons-react'
import { api, errorMessage } from '../../../lib/api'
import type { IngestSource } from '../IngestModal'

export const BROWSER_DROP_NOTE = 'Arrastrar carpetas funciona en la aplicación de escritorio; use «Elegir carpeta».'

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files')

/**
 * Lets the person drop a folder (a memory card, a download) anywhere on the page to ingest it.
 * Only the desktop preload can turn the dropped item into a path; main then checks it exists and
 * can be read before the ingest modal opens with it.
 */
export function FolderDropZone({ onSource, children }: { onSource: (source: IngestSource) => void; children: ReactNode }) {
  const [over, setOver] = useState(false)
  // dragenter/dragleave fire for every child crossed: the overlay goes when the count is back to 0.
  const depth = useRef(0)

  function leave() {
    depth.current = 0
    setOver(false)
  }

  async function drop(e: DragEvent) {
    e.preventDefault()
    leave()
    const file = e.dataTransfer.files[0]
    if (!file) return
    const files = window.pautaFiles
    if (!files) {
      notifications.show({ color: 'blue', title: 'No se puede soltar aquí', message: BROWSER_DROP_NOTE, autoClose: 8000 })
      return
    }
    try {
      onSource(await api.ingest.describeSource({ path: files.pathForFile(file) }))
    } catch (error) {
      notifications.show({ color: 'red', title: 'No se puede ingestar lo que soltó', message: errorMessage(error), autoClose: 8000 })
    }
  }

  return (
    <Box
      pos="relative"
      data-testid="zona-soltar-carpeta"
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return
        depth.current += 1
        setOver(true)
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'copy'
      }}
      onDragLeave={() => {
        depth.current -= 1
        if (depth.current <= 0) leave()
      }}
      onDrop={(e) => void drop(e)}
    >
      {children}
      {over && (
        <Center
          role="status"
          aria-label="Suelte la carpeta para ingestarla"
          style={{ position: 'fixed', inset: 0, zIndex: 300, background: 'rgba(238, 242, 255, 0.88)', border: '3px dashed var(--mantine-color-indigo-5)', pointerEvents: 'none' }}
        >
          <Stack align="center" gap="xs">
            <IconFolderDown size={56} color="var(--mantine-color-indigo-6)" />
            <Text fw={700} size="xl" c="indigo.8">
              Suelte la carpeta para ingestarla
            </Text>
            <Text c="dimmed">Se abrirá la ingesta con esa carpeta como origen.</Text>
          </Stack>
        </Center>
      )}
    </Box>
  )
}
