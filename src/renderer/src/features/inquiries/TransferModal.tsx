import { Select, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { InquiryDetail } from '../../../../shared/contract/inquiries'
import { PETITION_TERM_KINDS, TERM_KIND_LABELS, type PetitionTermKind } from '../../../../shared/domain/inquiries'
import { formatDate } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { ActionModal } from './ActionModal'
import { INQUIRY_WRITES } from './queries'

const KIND_OPTIONS = PETITION_TERM_KINDS.map((k) => ({ value: k, label: TERM_KIND_LABELS[k] }))

/** A question that is really a formal petition goes to PQRS: the legal term of Ley 1755 de 2015 applies. */
export function TransferModal({ inquiry, opened, onClose }: { inquiry: InquiryDetail; opened: boolean; onClose: () => void }) {
  const form = useForm<{ termKind: PetitionTermKind | null; radicado: string }>({
    initialValues: { termKind: null, radicado: '' },
    validate: { termKind: (v) => (v ? null : 'Elija el tipo de petición.') }
  })
  const transfer = useApiMutation((v: { termKind: PetitionTermKind; radicado: string }) => api.inquiries.transferToPqrs({ id: inquiry.id, ...v }), {
    invalidates: INQUIRY_WRITES,
    form,
    success: (r) => `La inquietud N.º ${r.id} se trasladó a PQRS; ahora vence el ${formatDate(r.dueOn)}.`,
    onSuccess: onClose
  })
  const submit = () => {
    if (form.validate().hasErrors) return
    if (form.values.termKind) transfer.mutate({ termKind: form.values.termKind, radicado: form.values.radicado })
  }
  return (
    <ActionModal title={`Trasladar a PQRS la inquietud N.º ${inquiry.id}`} opened={opened} onClose={onClose} onSubmit={submit} submitLabel="Trasladar a PQRS" pending={transfer.isPending}>
      <Text size="sm" c="dimmed">
        El término legal (Ley 1755 de 2015) se cuenta en días hábiles desde la recepción del mensaje y reemplaza el término de respuesta en redes.
      </Text>
      <Select label="Tipo de petición" placeholder="Seleccione" data={KIND_OPTIONS} required data-autofocus {...form.getInputProps('termKind')} />
      <TextInput label="Radicado PQRS" description="Número que asignó la ventanilla de PQRS (opcional)" placeholder="Ej.: PQRS-2026-00871" {...form.getInputProps('radicado')} />
    </ActionModal>
  )
}
