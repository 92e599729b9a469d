import { useState } from 'react'
import { Box, Center, Modal, Paper, SimpleGrid, Stack, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core'
import { IconFile, IconFileTypePdf, IconMusic } from '@tabler/icons-react'
import type { DesignFile } from '../../../../shared/contract'
import { formatFileSize } from './format'

function Preview({ file, onZoom }: { file: DesignFile; onZoom: () => void }) {
  if (file.mime.startsWith('image/')) {
    return (
      <UnstyledButton onClick={onZoom} aria-label={`Ampliar ${file.name}`} display="block" w="100%">
        <img src={file.url} alt={file.name} loading="lazy" style={{ width: '100%', height: 160, objectFit: 'contain', display: 'block' }} />
      </UnstyledButton>
    )
  }
  if (file.mime.startsWith('video/')) {
    return <video src={file.url} controls preload="metadata" aria-label={file.name} style={{ width: '100%', height: 160, display: 'block', background: '#000' }} />
  }
  const Icon = file.mime.startsWith('audio/') ? IconMusic : file.mime === 'application/pdf' ? IconFileTypePdf : IconFile
  return (
    <Center h={160}>
      <Stack align="center" gap={6} w="100%" px="xs">
        <ThemeIcon size={48} radius="md" variant="light" color="gray">
          <Icon size={28} />
        </ThemeIcon>
        {file.mime.startsWith('audio/') && <audio src={file.url} controls preload="none" aria-label={file.name} style={{ width: '100%' }} />}
      </Stack>
    </Center>
  )
}

/** The files of one design version: preview, name, size and the start of their SHA-256. */
export function DesignFiles({ files }: { files: DesignFile[] }) {
  const [zoomed, setZoomed] = useState<DesignFile | null>(null)
  if (files.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Esta versión no tiene archivos.
      </Text>
    )
  }
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {files.map((f) => (
          <Paper key={f.id} withBorder radius="md" style={{ overflow: 'hidden' }}>
            <Box bg="gray.1">
              <Preview file={f} onZoom={() => setZoomed(f)} />
            </Box>
            <Stack gap={2} p="xs">
              <Text size="sm" fw={500} truncate title={f.name}>
                {f.name}
              </Text>
              <Text size="xs" c="dimmed">
                {formatFileSize(f.size)} ·{' '}
                <Tooltip label={`SHA-256: ${f.sha256}`} multiline w={300}>
                  <Text span size="xs" ff="monospace">
                    SHA-256 {f.sha256.slice(0, 12)}…
                  </Text>
                </Tooltip>
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Modal opened={zoomed !== null} onClose={() => setZoomed(null)} title={zoomed?.name} size="auto" centered>
        {zoomed && <img src={zoomed.url} alt={zoomed.name} style={{ maxWidth: '80vw', maxHeight: '75vh', display: 'block' }} />}
      </Modal>
    </>
  )
}
