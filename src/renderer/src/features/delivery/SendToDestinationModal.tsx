import { Modal } from '@mantine/core'
import type { DeliveryResult, GeneratedFile } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { DestinationForm } from './DestinationForm'

interface Props {
  file: GeneratedFile | null
  onClose: () => void
  onDelivered: (result: DeliveryResult) => void
}

/** Chooses one of the office's active destinations and hands the file to main, which copies it or queues it. */
export function SendToDestinationModal({ file, onClose, onDelivered }: Props) {
  return (
    <Modal opened={file !== null} onClose={onClose} title="Enviar a destino" centered>
      {file && <SendForm file={file} onClose={onClose} onDelivered={onDelivered} />}
    </Modal>
  )
}

function SendForm({ file, onClose, onDelivered }: { file: GeneratedFile; onClose: () => void; onDelivered: (r: DeliveryResult) => void }) {
  const deliver = useApiMutation((id: number) => api.delivery.deliver({ fileId: file.id, destinationId: id }), {
    invalidates: [['delivery', 'outbox']],
    onSuccess: (result) => {
      onDelivered(result)
      onClose()
    }
  })
  return (
    <DestinationForm
      intro={
        <>
          Se copiará <strong>{file.fileName}</strong> en la carpeta del destino. Si la carpeta no está disponible, el archivo queda en la
          bandeja de salida y Pauta lo reintenta solo.
        </>
      }
      sending={deliver.isPending}
      onSend={(id) => deliver.mutate(id)}
      onClose={onClose}
    />
  )
}
