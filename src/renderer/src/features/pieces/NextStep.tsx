import { Alert, Button } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import type { PieceDetail } from '../../../../shared/contract'

export type PieceTab = 'contenido' | 'versiones' | 'diseno' | 'revision' | 'publicacion' | 'historial'

/** What the current user is expected to do now, first match wins; null when nothing waits on them. */
export function nextStep(piece: PieceDetail): { text: string; tab: PieceTab; button: string } | null {
  const can = (a: PieceDetail['allowedActions'][number]) => piece.allowedActions.includes(a)
  if (can('reviewContent')) return { text: 'El contenido espera su revisión.', tab: 'revision', button: 'Revisar contenido' }
  if (can('reviewDesign')) return { text: 'El diseño espera su revisión.', tab: 'revision', button: 'Revisar diseño' }
  if (piece.state === 'aprobada' && can('publish')) return { text: 'La pieza está aprobada: registre dónde y cuándo se publicó.', tab: 'publicacion', button: 'Registrar publicación' }
  if (piece.state === 'ajustes_contenido' && can('saveContent')) return { text: 'El contenido se devolvió con ajustes.', tab: 'contenido', button: 'Ajustar contenido' }
  if (piece.state === 'ajustes_diseno' && can('attachDesign')) return { text: 'El diseño se devolvió con ajustes.', tab: 'diseno', button: 'Ajustar diseño' }
  if (piece.state === 'contenido_aprobado' && can('attachDesign')) return { text: 'El contenido está aprobado: ya puede adjuntar el diseño.', tab: 'diseno', button: 'Ir a diseño' }
  return null
}

export function NextStepAlert({ piece, currentTab, onGo }: { piece: PieceDetail; currentTab: PieceTab; onGo: (tab: PieceTab) => void }) {
  const step = nextStep(piece)
  if (!step || step.tab === currentTab) return null
  return (
    <Alert variant="light" color="indigo" mb="md" title={step.text}>
      <Button size="xs" rightSection={<IconArrowRight size={14} />} onClick={() => onGo(step.tab)}>
        {step.button}
      </Button>
    </Alert>
  )
}
