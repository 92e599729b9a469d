import { useState } from 'react'
import { Center } from '@mantine/core'
import type { AssetCard } from '../../../../shared/contract'
import { KindIcon } from './KindIcon'

/** The thumbnail, or the kind's icon when there is none (yet) or it cannot be loaded. */
export function AssetThumb({ asset, height, iconSize = 40 }: { asset: AssetCard; height: number; iconSize?: number }) {
  const [broken, setBroken] = useState(false)
  const box = { height, width: '100%', borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-gray-1)', overflow: 'hidden' }
  if (!asset.thumbUrl || broken) {
    return (
      <Center style={box} c="gray.6">
        <KindIcon kind={asset.kind} size={iconSize} />
      </Center>
    )
  }
  return (
    <Center style={box}>
      <img
        src={asset.thumbUrl}
        alt=""
        loading="lazy"
        decoding="async"
        draggable={false}
        onError={() => setBroken(true)}
        style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain', display: 'block' }}
      />
    </Center>
  )
}
