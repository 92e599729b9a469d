import { useForm } from '@mantine/form'
import type { InquiryDetail } from '../../../../shared/contract/inquiries'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { UserSelect } from '../../components/UserSelect'
import { ActionModal } from './ActionModal'
import { INQUIRY_WRITES } from './queries'

export function AssignModal({ inquiry, opened, onClose }: { inquiry: InquiryDetail; opened: boolean; onClose: () => void }) {
  const form = useForm<{ assigneeId: number | null }>({
    initialValues: { assigneeId: null },
    validate: { assigneeId: (v) => (v ? null : 'Elija quién va a responder la inquietud.') }
  })
  const assign = useApiMutation((assigneeId: number) => api.inquiries.assign({ id: inquiry.id, assigneeId }), {
    invalidates: INQUIRY_WRITES,
    form,
    success: (r) => `La inquietud N.º ${r.id} quedó a cargo de ${r.assigneeName}.`,
    onSuccess: () => {
      form.reset()
      onClose()
    }
  })
  const submit = () => {
    if (form.validate().hasErrors) return
    if (form.values.assigneeId) assign.mutate(form.values.assigneeId)
  }
  return (
    <ActionModal
      title={inquiry.assigneeName ? `Reasignar la inquietud N.º ${inquiry.id}` : `Asignar la inquietud N.º ${inquiry.id}`}
      opened={opened}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={inquiry.assigneeName ? 'Reasignar' : 'Asignar'}
      pending={assign.isPending}
    >
      <UserSelect
        label="Responsable"
        description={inquiry.assigneeName ? `Hoy la atiende ${inquiry.assigneeName}.` : 'Quien redacta y registra la respuesta.'}
        placeholder="Seleccione"
        required
        data-autofocus
        preferRoles={['community_manager', 'profesional', 'jefe']}
        value={form.values.assigneeId}
        onChange={(id) => form.setFieldValue('assigneeId', id)}
        error={form.errors.assigneeId}
      />
    </ActionModal>
  )
}
