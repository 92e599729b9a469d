import { Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { InquiryDetail } from '../../../../shared/contract/inquiries'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { CatalogueSelect } from '../../components/CatalogueSelect'
import { ActionModal } from './ActionModal'
import { INQUIRY_WRITES } from './queries'

/** The answer needs a dependencia's information: the inquiry waits «en consulta» (its term keeps running). */
export function ConsultModal({ inquiry, opened, onClose }: { inquiry: InquiryDetail; opened: boolean; onClose: () => void }) {
  const form = useForm<{ dependenciaId: number | null; note: string }>({
    initialValues: { dependenciaId: inquiry.dependenciaId, note: '' },
    validate: { dependenciaId: (v) => (v ? null : 'Elija la dependencia a la que se consulta.') }
  })
  const consult = useApiMutation((v: { dependenciaId: number; note: string }) => api.inquiries.consult({ id: inquiry.id, ...v }), {
    invalidates: INQUIRY_WRITES,
    form,
    success: (r) => `La inquietud N.º ${r.id} quedó en consulta con ${r.dependenciaName}.`,
    onSuccess: onClose
  })
  const submit = () => {
    if (form.validate().hasErrors) return
    if (form.values.dependenciaId) consult.mutate({ dependenciaId: form.values.dependenciaId, note: form.values.note })
  }
  return (
    <ActionModal title={`Consultar con una dependencia`} opened={opened} onClose={onClose} onSubmit={submit} submitLabel="Registrar consulta" pending={consult.isPending}>
      <CatalogueSelect
        kind="dependencia"
        label="Dependencia consultada"
        placeholder="Seleccione"
        required
        data-autofocus
        value={form.values.dependenciaId}
        onChange={(id) => form.setFieldValue('dependenciaId', id)}
        error={form.errors.dependenciaId}
      />
      <Textarea label="Qué se consultó" placeholder="Ej.: Se pidió a Hacienda la fecha límite del descuento." autosize minRows={2} {...form.getInputProps('note')} />
    </ActionModal>
  )
}
