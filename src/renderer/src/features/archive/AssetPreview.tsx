import { useState } from 'react'
import { Alert, Box, Button, Center, Modal, Stack, Text } from '@mantine/core'
import { IconArrowsMaximize, IconPlugConnectedX } from '@tabler/icons-react'
import type { AssetDetail } from '../../../../shared/contract'
import { AssetThumb } from './AssetThumb'
import { assetName } from './AssetCardView'
import { ZoomableImage } from './ZoomableImage'

function Player({ asset }: { asset: AssetDetail }) {
  if (asset.kind === 'video') {
    return (
      <video
        controls
        preload="metadata"
        poster={asset.previewUrl ?? undefined}
        src={asset.masterUrl}
        aria-label={`Reproducir ${assetName(asset)}`}
        style={{ width: '100%', maxHeight: 360, background: 'black', borderRadius: 'var(--mantine-radius-sm)' }}
      />
    )
  }
  return (
    <Stack gap="xs">
      <AssetThumb asset={asset} height={140} />
      <audio controls preload="metadata" src={asset.masterUrl} aria-label={`Reproducir ${assetName(asset)}`} style={{ width: '100%' }} />
    </Stack>
  )
}

/** Photos zoom; video and audio play from the master; other files show their preview or icon. */
export function AssetPreview({ asset }: { asset: AssetDetail }) {
  const [full, setFull] = useState(false)
  const name = assetName(asset)
  const playable = asset.kind === 'video' || asset.kind === 'audio'
  return (
    <Stack gap="xs">
      {asset.offline && (
        <Alert color="gray" icon={<IconPlugConnectedX size={18} />} title="Original sin conexión">
          {asset.volumeLabel
            ? `Conecte la unidad «${asset.volumeLabel}» para abrir el original.`
            : 'No se encuentra el archivo original en su ubicación. La vista previa guardada sigue disponible.'}
        </Alert>
      )}
      {playable && !asset.offline ? (
        <Player asset={asset} />
      ) : asset.previewUrl ? (
        <>
          <ZoomableImage src={asset.previewUrl} alt={name} height={320} />
          <Box>
            <Button size="xs" variant="subtle" leftSection={<IconArrowsMaximize size={14} />} onClick={() => setFull(true)}>
              Ver a pantalla completa
            </Button>
          </Box>
          <Modal opened={full} onClose={() => setFull(false)} fullScreen title={name}>
            <ZoomableImage src={asset.previewUrl} alt={name} height="calc(100vh - 140px)" />
          </Modal>
        </>
      ) : (
        <Center>
          <Stack gap={4} align="center" w="100%">
            <AssetThumb asset={asset} height={200} iconSize={64} />
            <Text size="xs" c="dimmed">
              {asset.kind === 'foto' ? 'La vista previa se está preparando.' : 'Este archivo no tiene vista previa.'}
            </Text>
          </Stack>
        </Center>
      )}
    </Stack>
  )
}
