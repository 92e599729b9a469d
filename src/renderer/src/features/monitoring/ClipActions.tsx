import { ActionIcon, Menu } from '@mantine/core'
import { IconDots, IconPaperclip, IconPencil, IconTrash, IconUnlink } from '@tabler/icons-react'
import type { MediaClip } from '../../../../shared/contract/monitoring'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useCurrentUser } from '../../stores/session'
import { canDeleteClip, canRecordClips } from './abilities'

export function ClipActions({ clip, onEdit, onDelete }: { clip: MediaClip; onEdit: () => void; onDelete: () => void }) {
  const user = useCurrentUser()
  const attach = useApiMutation(() => api.monitoring.attach({ id: clip.id }), {
    invalidates: [['monitoring']],
    success: (saved) => (saved.attachment && saved.attachment.fileId !== clip.attachment?.fileId ? `Adjunto guardado: ${saved.attachment.name}.` : null)
  })
  const detach = useApiMutation(() => api.monitoring.detach({ id: clip.id }), { invalidates: [['monitoring']], success: 'Adjunto quitado.' })
  if (!canRecordClips(user)) return null
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Acciones de «${clip.headline}»`} loading={attach.isPending || detach.isPending}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
          Editar
        </Menu.Item>
        <Menu.Item leftSection={<IconPaperclip size={16} />} onClick={() => attach.mutate(undefined)}>
          {clip.attachment ? 'Reemplazar adjunto…' : 'Adjuntar captura, PDF o audio…'}
        </Menu.Item>
        {clip.attachment && (
          <Menu.Item leftSection={<IconUnlink size={16} />} onClick={() => detach.mutate(undefined)}>
            Quitar adjunto
          </Menu.Item>
        )}
        {canDeleteClip(user, clip.createdById) && (
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
            Eliminar
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  )
}
