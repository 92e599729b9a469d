import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { InquiryDetail } from '../../../../shared/contract/inquiries'
import type { InquiryChannel } from '../../../../shared/domain/inquiries'
import { formatDate } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { CatalogueSelect } from '../../components/CatalogueSelect'
import { UserSelect } from '../../components/UserSelect'
import { colombianPickerValueToIso, pickerValueInColombia } from '../pieces/publication-time'
import { ColombianDateTimeField } from './DateTimeField'
import { CHANNEL_OPTIONS } from './InquiryFilters'
import { INQUIRY_WRITES } from './queries'

interface Values {
  channel: InquiryChannel | null
  receivedAt: string | null
  citizen: string
  text: string
  topic: string
  dependenciaId: number | null
  assigneeId: number | null
}

function initialValues(inquiry: InquiryDetail | null): Values {
  return {
    channel: inquiry?.channel ?? null,
    receivedAt: pickerValueInColombia(inquiry ? new Date(inquiry.receivedAt) : new Date()),
    citizen: inquiry?.citizen ?? '',
    text: inquiry?.text ?? '',
    topic: inquiry?.topic ?? '',
    dependenciaId: null,
    assigneeId: null
  }
}

/** Registers a question that arrived through the networks, or corrects one while it is open. */
export function InquiryFormModal({ inquiry, opened, onClose, onCreated }: { inquiry: InquiryDetail | null; opened: boolean; onClose: () => void; onCreated?: (id: number) => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={inquiry ? `Corregir la inquietud N.º ${inquiry.id}` : 'Nueva inquietud'} centered size="lg">
      {opened && <InquiryForm inquiry={inquiry} onDone={onClose} onCreated={onCreated} />}
    </Modal>
  )
}

function InquiryForm({ inquiry, onDone, onCreated }: { inquiry: InquiryDetail | null; onDone: () => void; onCreated?: (id: number) => void }) {
  const form = useForm<Values>({
    initialValues: initialValues(inquiry),
    validate: {
      channel: (v) => (v ? null : 'Elija el canal por el que llegó la inquietud.'),
      receivedAt: (v) => (v ? null : 'Indique la fecha y la hora en que llegó.'),
      citizen: (v) => (v.trim() ? null : 'Escriba el nombre o el usuario de quien pregunta.'),
      text: (v) => (v.trim() ? null : 'Copie el texto de la inquietud.')
    }
  })
  const save = useApiMutation(
    (v: Values & { channel: InquiryChannel; receivedAt: string }) => {
      const fields = { channel: v.channel, receivedAt: colombianPickerValueToIso(v.receivedAt), citizen: v.citizen, text: v.text, topic: v.topic }
      return inquiry ? api.inquiries.update({ ...fields, id: inquiry.id }) : api.inquiries.create({ ...fields, dependenciaId: v.dependenciaId, assigneeId: v.assigneeId })
    },
    {
      invalidates: INQUIRY_WRITES,
      form,
      success: (r) => (inquiry ? `Se guardaron los cambios de la inquietud N.º ${r.id}.` : `Se registró la inquietud N.º ${r.id}; vence el ${formatDate(r.dueOn)}.`),
      onSuccess: (r) => {
        onDone()
        if (!inquiry) onCreated?.(r.id)
      }
    }
  )
  return (
    <form
      onSubmit={form.onSubmit((v) => {
        if (v.channel && v.receivedAt) save.mutate({ ...v, channel: v.channel, receivedAt: v.receivedAt })
      })}
      noValidate
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Canal" placeholder="Seleccione" data={CHANNEL_OPTIONS} required data-autofocus {...form.getInputProps('channel')} />
          <ColombianDateTimeField label="Recibida" description="Fecha y hora en que llegó el mensaje" required {...form.getInputProps('receivedAt')} />
        </SimpleGrid>
        <TextInput label="Ciudadano" description="Nombre o usuario en la red" placeholder="Ej.: @vecina.cajica o María Pardo" required {...form.getInputProps('citizen')} />
        <Textarea label="Inquietud" placeholder="Copie aquí la pregunta tal como llegó" required autosize minRows={3} maxRows={8} {...form.getInputProps('text')} />
        <TextInput label="Tema" placeholder="Ej.: Impuesto predial" {...form.getInputProps('topic')} />
        {!inquiry && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <UserSelect
              label="Responsable"
              description="Quien la va a responder (opcional)"
              placeholder="Sin asignar"
              clearable
              preferRoles={['community_manager', 'profesional', 'jefe']}
              value={form.values.assigneeId}
              onChange={(id) => form.setFieldValue('assigneeId', id)}
              error={form.errors.assigneeId}
            />
            <CatalogueSelect
              kind="dependencia"
              label="Dependencia relacionada"
              description="A quién le compete el tema (opcional)"
              placeholder="Ninguna"
              clearable
              value={form.values.dependenciaId}
              onChange={(id) => form.setFieldValue('dependenciaId', id)}
              error={form.errors.dependenciaId}
            />
          </SimpleGrid>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {inquiry ? 'Guardar cambios' : 'Registrar inquietud'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
