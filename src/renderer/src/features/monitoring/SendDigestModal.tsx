import { Modal } from '@mantine/core'
import type { DeliveryResult } from '../../../../shared/contract'
import type { MediaDigest } from '../../../../shared/contract/monitoring'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { DestinationForm } from '../delivery/DestinationForm'

interface Props {
  digest: MediaDigest | null
  onClose: () => void
  onSent: (results: DeliveryResult[]) => void
}

/** Both files of the digest go to one destination folder, or wait together in the outbox. */
export function SendDigestModal({ digest, onClose, onSent }: Props) {
  return (
    <Modal opened={digest !== null} onClose={onClose} title="Enviar boletín a destino" centered>
      {digest && <SendForm digest={digest} onClose={onClose} onSent={onSent} />}
    </Modal>
  )
}

function SendForm({ digest, onClose, onSent }: { digest: MediaDigest; onClose: () => void; onSent: (r: DeliveryResult[]) => void }) {
  const send = useApiMutation((id: number) => api.monitoring.sendDigest({ digestId: digest.id, destinationId: id }), {
    invalidates: [['delivery', 'outbox']],
    onSuccess: (results) => {
      onSent(results)
      onClose()
    }
  })
  return (
    <DestinationForm
      intro={
        <>
          Se copiarán <strong>{digest.pdf.fileName}</strong> y <strong>{digest.html.fileName}</strong> (para pegar o adjuntar en el correo a
          los directivos) en la carpeta del destino. Si no está disponible, quedan en la bandeja de salida.
        </>
      }
      sending={send.isPending}
      onSend={(id) => send.mutate(id)}
      onClose={onClose}
    />
  )
}
