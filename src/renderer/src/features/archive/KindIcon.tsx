import { IconFile, IconFileText, IconMovie, IconMusic, IconPalette, IconPhoto } from '@tabler/icons-react'
import type { AssetKind } from '../../../../shared/domain/archive'

const ICONS = { foto: IconPhoto, video: IconMovie, audio: IconMusic, diseno: IconPalette, documento: IconFileText, otro: IconFile } as const

export function KindIcon({ kind, size = 20 }: { kind: AssetKind; size?: number }) {
  const Icon = ICONS[kind]
  return <Icon size={size} stroke={1.5} aria-hidden />
}
