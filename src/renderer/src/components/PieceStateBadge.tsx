import { Badge } from '@mantine/core'
import { PIECE_STATE_LABELS, type PieceState } from '../../../shared/domain/pieces'

export const PIECE_STATE_COLORS: Record<PieceState, string> = {
  borrador: 'gray',
  revision_contenido: 'yellow',
  ajustes_contenido: 'orange',
  contenido_aprobado: 'teal',
  en_diseno: 'cyan',
  revision_diseno: 'yellow',
  ajustes_diseno: 'orange',
  aprobada: 'green',
  publicada: 'indigo',
  cancelada: 'red'
}

export function PieceStateBadge({ state }: { state: PieceState }) {
  return (
    <Badge color={PIECE_STATE_COLORS[state]} variant="light" radius="sm">
      {PIECE_STATE_LABELS[state]}
    </Badge>
  )
}
