import { Anchor, List, Text } from '@mantine/core'
import { Link } from 'wouter'
import type { AssetDetail } from '../../../../shared/contract'

export function AssetPieces({ asset }: { asset: AssetDetail }) {
  if (asset.pieces.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Ninguna pieza usa este material todavía. Se vincula desde la pieza, con «Vincular del archivo».
      </Text>
    )
  }
  return (
    <List size="sm" spacing={4}>
      {asset.pieces.map((p) => (
        <List.Item key={p.id}>
          <Anchor component={Link} href={`/piezas/${p.id}`}>
            {p.code}
          </Anchor>{' '}
          · {p.title}
        </List.Item>
      ))}
    </List>
  )
}
