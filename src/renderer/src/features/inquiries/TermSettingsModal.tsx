import { Modal, NumberInput, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { MAX_NETWORK_TERM_DAYS } from '../../../../shared/domain/inquiries'
import { formatDateTime } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ActionModal } from './ActionModal'
import { INQUIRY_WRITES, useInquirySettings } from './queries'

/** The office's own term for answering on the networks; the legal PQRS terms are fixed by law. */
export function TermSettingsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const query = useInquirySettings()
  if (query.isError) {
    return (
      <Modal opened={opened} onClose={onClose} title="Término de respuesta en redes" centered>
        <ErrorAlert error={query.error} title="No se pudo leer el término" onRetry={() => void query.refetch()} />
      </Modal>
    )
  }
  // The form opens once the current term is known (a local read: no visible wait).
  if (!query.data) return null
  const settings = query.data
  const updated = settings.updatedAt ? `${settings.updatedByName} lo cambió el ${formatDateTime(settings.updatedAt)}.` : null
  return <TermForm key={settings.updatedAt ?? 'default'} initial={settings.networkTermDays} updated={updated} opened={opened} onClose={onClose} />
}

function TermForm({ initial, updated, opened, onClose }: { initial: number; updated: string | null; opened: boolean; onClose: () => void }) {
  const form = useForm<{ networkTermDays: number | string }>({
    initialValues: { networkTermDays: initial },
    validate: { networkTermDays: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_NETWORK_TERM_DAYS ? null : `Escriba un número entero de 1 a ${MAX_NETWORK_TERM_DAYS}.`) }
  })
  const save = useApiMutation((networkTermDays: number) => api.inquiries.saveSettings({ networkTermDays }), {
    invalidates: INQUIRY_WRITES,
    form,
    success: (s) => `Desde ahora las inquietudes nuevas se responden en ${s.networkTermDays} ${s.networkTermDays === 1 ? 'día hábil' : 'días hábiles'}.`,
    onSuccess: onClose
  })
  const submit = () => {
    if (form.validate().hasErrors) return
    save.mutate(Number(form.values.networkTermDays))
  }
  return (
    <ActionModal title="Término de respuesta en redes" opened={opened} onClose={onClose} onSubmit={submit} submitLabel="Guardar término" pending={save.isPending}>
      <NumberInput
        label="Días hábiles para responder"
        description="Se cuentan desde el día hábil siguiente a la recepción; lo recibido después de las 5:00 p. m., en fin de semana o festivo cuenta desde el siguiente día hábil."
        min={1}
        max={MAX_NETWORK_TERM_DAYS}
        allowDecimal={false}
        required
        data-autofocus
        {...form.getInputProps('networkTermDays')}
      />
      <Text size="sm" c="dimmed">
        El cambio aplica a las inquietudes que se registren desde ahora; las ya registradas conservan su fecha de vencimiento.
        {updated && ` ${updated}`}
      </Text>
    </ActionModal>
  )
}
