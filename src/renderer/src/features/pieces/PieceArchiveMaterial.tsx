import { useState } from 'react'
import { ActionIcon, Anchor, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconLink, IconUnlink } from '@tabler/icons-react'
import { Link } from 'wouter'
import type { PieceDetail } from '../../../../shared/contract'
import { formatDate } from '../../../../shared/dates'
import { QueryView } from '../../components/QueryView'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { AssetThumb } from '../archive/AssetThumb'
import { OfflineBadge, assetName } from '../archive/AssetCardView'
import { ConsentBadge, consentBlocks } from '../archive/ConsentBadge'
import { LinkAssetsModal } from '../archive/LinkAssetsModal'
import { ARCHIVE_WRITES, usePieceAssets } from '../archive/queries'

/** Whoever may still change the piece may change the material it uses. */
const canChangeMaterial = (piece: PieceDetail) =>
  piece.allowedActions.some((a) => a === 'editMetadata' || a === 'saveContent' || a === 'attachDesign')

/** Photos, videos and audio from the archive that the piece uses, with their image authorisation. */
export function PieceArchiveMaterial({ piece }: { piece: PieceDetail }) {
  const assets = usePieceAssets(piece.id)
  const [picking, setPicking] = useState(false)
  const editable = canChangeMaterial(piece)
  const unlink = useApiMutation((assetId: number) => api.archive.unlinkFromPiece({ pieceId: piece.id, assetId }), {
    invalidates: ARCHIVE_WRITES,
    success: 'Se desvinculó el material de la pieza.'
  })
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Material del archivo">
      <Group justify="space-between" mb="sm">
        <Title order={5}>Material del archivo</Title>
        {editable && (
          <Button size="xs" variant="default" leftSection={<IconLink size={14} />} onClick={() => setPicking(true)}>
            Vincular del archivo
          </Button>
        )}
      </Group>
      <QueryView query={assets} loadingLabel="Cargando el material">
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              La pieza no usa material del archivo audiovisual.
              {editable ? ' Vincule fotos o videos con «Vincular del archivo».' : ''}
            </Text>
          ) : (
            <Stack gap="xs">
              {list.some((a) => consentBlocks(a.consent)) && (
                <Text size="sm" c="orange.8">
                  Hay material sin autorización de uso de imagen vigente: la pieza no se podrá aprobar hasta resolverlo en el archivo.
                </Text>
              )}
              <SimpleGrid cols={{ base: 2, md: 4, xl: 6 }} spacing="sm">
                {list.map((a) => (
                  <Paper key={a.id} withBorder radius="sm" p={6}>
                    <Stack gap={4}>
                      <AssetThumb asset={a} height={100} />
                      <Text size="sm" fw={500} lineClamp={1} title={assetName(a)}>
                        {assetName(a)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {a.capturedOn ? formatDate(a.capturedOn) : 'Sin fecha'}
                      </Text>
                      <Group gap={4} justify="space-between" wrap="nowrap">
                        <Box>
                          <ConsentBadge consent={a.consent} always size="xs" />
                          {a.offline && <OfflineBadge />}
                        </Box>
                        {editable && (
                          <Tooltip label="Desvincular">
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={`Desvincular «${assetName(a)}»`}
                              onClick={() => unlink.mutate(a.id)}
                              loading={unlink.isPending && unlink.variables === a.id}
                            >
                              <IconUnlink size={16} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Group>
                    </Stack>
                  </Paper>
                ))}
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                La autorización y la catalogación se gestionan en el{' '}
                <Anchor component={Link} href="/archivo" size="xs">
                  Archivo audiovisual
                </Anchor>
                .
              </Text>
            </Stack>
          )
        }
      </QueryView>
      {editable && <LinkAssetsModal pieceId={piece.id} linkedIds={(assets.data ?? []).map((a) => a.id)} opened={picking} onClose={() => setPicking(false)} />}
    </Paper>
  )
}
