import { Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { InquiryDetail } from '../../../../shared/contract/inquiries'
import { formatDate, formatDateTime } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { colombianPickerValueToIso, pickerValueInColombia } from '../pieces/publication-time'
import { ActionModal } from './ActionModal'
import { ColombianDateTimeField } from './DateTimeField'
import { INQUIRY_WRITES } from './queries'

/** Records the reply given to the citizen; it is signed with the user and the time given (now by default). */
export function ReplyModal({ inquiry, opened, onClose }: { inquiry: InquiryDetail; opened: boolean; onClose: () => void }) {
  const form = useForm<{ replyText: string; repliedAt: string | null }>({
    initialValues: { replyText: '', repliedAt: pickerValueInColombia(new Date()) },
    validate: {
      replyText: (v) => (v.trim() ? null : 'Escriba la respuesta que se dio al ciudadano.'),
      repliedAt: (v) => (v ? null : 'Indique cuándo se respondió.')
    }
  })
  const reply = useApiMutation((v: { replyText: string; repliedAt: string }) => api.inquiries.reply({ id: inquiry.id, ...v }), {
    invalidates: INQUIRY_WRITES,
    form,
    success: (r) => (r.answeredInTerm ? `Se registró la respuesta de la inquietud N.º ${r.id}, dentro del término.` : `Se registró la respuesta de la inquietud N.º ${r.id}, fuera del término.`),
    onSuccess: onClose
  })
  const submit = () => {
    if (form.validate().hasErrors) return
    if (form.values.repliedAt) reply.mutate({ replyText: form.values.replyText, repliedAt: colombianPickerValueToIso(form.values.repliedAt) })
  }
  return (
    <ActionModal title={`Responder la inquietud N.º ${inquiry.id}`} opened={opened} onClose={onClose} onSubmit={submit} submitLabel="Registrar respuesta" pending={reply.isPending}>
      <Text size="sm" c="dimmed">
        Recibida el {formatDateTime(inquiry.receivedAt)} · vence el {formatDate(inquiry.dueOn)}.
      </Text>
      <Textarea label="Respuesta" placeholder="El texto que se envió al ciudadano por inbox o en los comentarios" required autosize minRows={4} maxRows={10} data-autofocus {...form.getInputProps('replyText')} />
      <ColombianDateTimeField label="Respondida" description="Fecha y hora en que se envió la respuesta" required {...form.getInputProps('repliedAt')} />
    </ActionModal>
  )
}
