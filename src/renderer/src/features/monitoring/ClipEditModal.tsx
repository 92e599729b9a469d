import { Modal } from '@mantine/core'
import type { MediaClip } from '../../../../shared/contract/monitoring'
import { ClipForm } from './ClipForm'
import { valuesOf } from './clip-form-values'

export function ClipEditModal({ clip, today, onClose }: { clip: MediaClip | null; today: string; onClose: () => void }) {
  return (
    <Modal opened={clip !== null} onClose={onClose} title="Corregir nota de medios" size="xl" centered>
      {clip && <ClipForm key={clip.id} clip={clip} initial={valuesOf(clip)} today={today} submitLabel="Guardar cambios" onSaved={onClose} />}
    </Modal>
  )
}
