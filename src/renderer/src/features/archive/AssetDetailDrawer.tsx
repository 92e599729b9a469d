import { Badge, Drawer, Group, Stack, Tabs, Text, Title } from '@mantine/core'
import type { AssetDetail } from '../../../../shared/contract'
import { ASSET_KIND_LABELS, CATALOGUE_STATUS_LABELS } from '../../../../shared/domain/archive'
import { formatDate } from '../../../../shared/dates'
import { QueryView } from '../../components/QueryView'
import { useCurrentUser } from '../../stores/session'
import { canArchive } from './abilities'
import { AssetEditForm } from './AssetEditForm'
import { AssetPieces } from './AssetPieces'
import { AssetPreview } from './AssetPreview'
import { OfflineBadge, assetName } from './AssetCardView'
import { ConsentBadge } from './ConsentBadge'
import { ConsentSection } from './ConsentSection'
import { TechnicalData } from './TechnicalData'
import { useAsset } from './queries'

function Detail({ asset }: { asset: AssetDetail }) {
  const role = useCurrentUser()?.role
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={3} style={{ wordBreak: 'break-word' }}>
          {assetName(asset)}
        </Title>
        <Group gap={6}>
          <Badge variant="light" color="indigo">
            {ASSET_KIND_LABELS[asset.kind]}
          </Badge>
          <Badge variant="light" color={asset.status === 'sin_catalogar' ? 'yellow' : 'teal'}>
            {CATALOGUE_STATUS_LABELS[asset.status]}
          </Badge>
          <ConsentBadge consent={asset.consent} />
          {asset.offline && <OfflineBadge />}
          <Text size="sm" c="dimmed">
            {[asset.capturedOn && formatDate(asset.capturedOn), asset.eventName].filter(Boolean).join(' · ')}
          </Text>
        </Group>
      </Stack>
      <AssetPreview asset={asset} />
      <Tabs defaultValue="catalogacion" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="catalogacion">Catalogación</Tabs.Tab>
          <Tabs.Tab value="autorizacion">Autorización</Tabs.Tab>
          <Tabs.Tab value="tecnicos">Datos técnicos</Tabs.Tab>
          <Tabs.Tab value="piezas">{`Piezas (${asset.pieces.length})`}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="catalogacion">
          <AssetEditForm key={asset.updatedAt} asset={asset} readOnly={!canArchive(role, 'catalogue')} />
        </Tabs.Panel>
        <Tabs.Panel value="autorizacion">
          <ConsentSection key={asset.updatedAt} asset={asset} canEdit={canArchive(role, 'consent')} />
        </Tabs.Panel>
        <Tabs.Panel value="tecnicos">
          <TechnicalData asset={asset} />
        </Tabs.Panel>
        <Tabs.Panel value="piezas">
          <AssetPieces asset={asset} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}

/** The selected asset at the right: preview, its description, consent and technical data. */
export function AssetDetailDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const asset = useAsset(id)
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size={640} title="Ficha del material" closeButtonProps={{ 'aria-label': 'Cerrar la ficha' }}>
      {id !== null && <QueryView query={asset} loadingLabel="Cargando la ficha">{(a) => <Detail asset={a} />}</QueryView>}
    </Drawer>
  )
}
