import { Button, Group, Modal, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { MediaContact } from '../../../../shared/contract/press'
import { isColombianPhone, isWhatsappNumber } from '../../../../shared/domain/press'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PRESS_WRITES } from './queries'

interface Values {
  fullName: string
  medium: string
  section: string
  phone: string
  email: string
  whatsapp: string
  notes: string
  active: boolean
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A journalist of the media directory: new, or `contact` to edit. */
export function ContactFormModal({ contact, onClose }: { contact: MediaContact | null; onClose: () => void }) {
  const form = useForm<Values>({
    initialValues: {
      fullName: contact?.fullName ?? '',
      medium: contact?.medium ?? '',
      section: contact?.section ?? '',
      phone: contact?.phone ?? '',
      email: contact?.email ?? '',
      whatsapp: contact?.whatsapp ?? '',
      notes: contact?.notes ?? '',
      active: contact?.active ?? true
    },
    validate: {
      fullName: (v) => (v.trim() ? null : 'Escriba el nombre del periodista.'),
      medium: (v) => (v.trim() ? null : 'Escriba el medio.'),
      phone: (v, all) =>
        !v.trim() && !all.email.trim() && !all.whatsapp.trim()
          ? 'Escriba al menos una forma de contacto: teléfono, correo o WhatsApp.'
          : v.trim() && !isColombianPhone(v)
            ? 'Escriba un teléfono colombiano: celular de 10 dígitos o fijo con indicativo (601…).'
            : null,
      email: (v) => (v.trim() && !EMAIL.test(v.trim()) ? 'Escriba un correo válido, p. ej. nombre@medio.com.co.' : null),
      whatsapp: (v) => (v.trim() && !isWhatsappNumber(v) ? 'Escriba el celular de WhatsApp (10 dígitos que empiezan por 3).' : null)
    }
  })
  const save = useApiMutation(api.press.saveContact, {
    invalidates: PRESS_WRITES,
    success: (c) => (contact ? `Se guardaron los datos de ${c.fullName}.` : `Se agregó a ${c.fullName} al directorio de medios.`),
    form,
    onSuccess: onClose
  })
  const submit = form.onSubmit((v) => save.mutate({ ...(contact ? { id: contact.id } : {}), ...v }))

  return (
    <Modal opened onClose={onClose} title={contact ? `Editar a ${contact.fullName}` : 'Nuevo contacto de medios'} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Periodista" required data-autofocus maxLength={120} {...form.getInputProps('fullName')} />
            <TextInput label="Medio" required maxLength={120} placeholder="P. ej. Radio Sabana Estéreo" {...form.getInputProps('medium')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Sección o programa" maxLength={120} placeholder="Opcional" {...form.getInputProps('section')} />
            <TextInput label="Correo" type="email" placeholder="nombre@medio.com.co" maxLength={200} {...form.getInputProps('email')} />
            <TextInput label="Teléfono" placeholder="601 883 4120" maxLength={40} {...form.getInputProps('phone')} />
            <TextInput label="WhatsApp" placeholder="310 456 7821" maxLength={40} {...form.getInputProps('whatsapp')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={-8}>
            Registre al menos una forma de contacto: correo, teléfono o WhatsApp.
          </Text>
          <Textarea label="Notas" autosize minRows={2} maxLength={1000} {...form.getInputProps('notes')} />
          {contact && <Switch label="Contacto activo (recibe los boletines de sus listas)" {...form.getInputProps('active', { type: 'checkbox' })} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {contact ? 'Guardar contacto' : 'Agregar contacto'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
