import type { ReactNode } from 'react'
import { Anchor, Table, Text } from '@mantine/core'
import type { AssetDetail } from '../../../../shared/contract'
import { ASSET_KIND_LABELS } from '../../../../shared/domain/archive'
import { formatDate, formatDateTime } from '../../../../shared/dates'
import { formatBytes, formatDuration, shortHash } from './format'

/** Camera, size, checksum and where the master lives: what an archivist checks first. */
export function TechnicalData({ asset }: { asset: AssetDetail }) {
  const rows: [string, ReactNode][] = [
    ['Tipo', `${ASSET_KIND_LABELS[asset.kind]} (${asset.mime})`],
    ['Nombre original', asset.originalName],
    ['Tamaño', formatBytes(asset.size)],
    ['Fecha de captura', asset.capturedAt ? formatDateTime(asset.capturedAt) : asset.capturedOn ? formatDate(asset.capturedOn) : 'Desconocida']
  ]
  if (asset.width && asset.height) rows.push(['Dimensiones', `${asset.width} × ${asset.height} px`])
  if (asset.durationSeconds !== null) rows.push(['Duración', formatDuration(asset.durationSeconds)])
  if (asset.codec) rows.push(['Códec', asset.codec])
  if (asset.camera) rows.push(['Cámara', asset.camera])
  if (asset.gps) rows.push(['Coordenadas', `${asset.gps.lat.toFixed(5)}, ${asset.gps.lon.toFixed(5)}`])
  rows.push(
    [
      'SHA-256',
      <Text key="sha" span size="sm" ff="monospace" title={asset.sha256}>
        {shortHash(asset.sha256)}
      </Text>
    ],
    ['Almacenamiento', asset.storageMode === 'copia' ? 'Copia en el archivo de Pauta' : 'Catalogado en su lugar (referencia)'],
    [
      'Ubicación del original',
      <Text key="loc" span size="sm" style={{ wordBreak: 'break-all' }}>
        {asset.masterLocation}
      </Text>
    ]
  )
  if (asset.volumeLabel) rows.push(['Unidad', asset.offline ? `Conecte la unidad «${asset.volumeLabel}»` : asset.volumeLabel])
  rows.push(['Registrado', formatDateTime(asset.createdAt)], ['Última modificación', formatDateTime(asset.updatedAt)])
  if (!asset.offline) {
    rows.push([
      'Original',
      <Anchor key="master" href={asset.masterUrl} target="_blank" size="sm">
        Abrir el original
      </Anchor>
    ])
  }
  return (
    <Table variant="vertical" layout="fixed" withTableBorder fz="sm">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={170}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
