import { Button, Group, Modal, MultiSelect, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { ConferenceDetail } from '../../../../shared/contract/press'
import { DateField } from '../../components/DateField'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { fromStartsAt, toStartsAt } from './conference-time'
import { contactOption } from './ListFormModal'
import { PRESS_WRITES, useContacts } from './queries'

interface Values {
  title: string
  date: string | null
  time: string
  place: string
  spokespersons: string[]
  topics: string[]
  invitedIds: string[]
  notes: string
}

/** Registers a press conference (or edits `conference`): when, where, who speaks, about what, and who is invited. */
export function ConferenceFormModal({ conference, onClose, onSaved }: { conference: ConferenceDetail | null; onClose: () => void; onSaved?: (c: ConferenceDetail) => void }) {
  const contacts = useContacts('', true)
  const start = conference ? fromStartsAt(conference.startsAt) : { date: null, time: '' }
  const form = useForm<Values>({
    initialValues: {
      title: conference?.title ?? '',
      date: start.date,
      time: start.time,
      place: conference?.place ?? '',
      spokespersons: conference?.spokespersons ?? [],
      topics: conference?.topics ?? [],
      invitedIds: (conference?.invitees ?? []).map((i) => String(i.contactId)),
      notes: conference?.notes ?? ''
    },
    validate: {
      title: (v) => (v.trim() ? null : 'Escriba el tema central de la rueda de prensa.'),
      date: (v) => (v ? null : 'Escriba la fecha (dd/mm/aaaa).'),
      time: (v) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(v.trim()) ? null : 'Escriba la hora en formato de 24 horas, p. ej. 15:30.'),
      place: (v) => (v.trim() ? null : 'Escriba el lugar.'),
      spokespersons: (v) => (v.length > 0 ? null : 'Indique al menos un vocero (escriba y pulse Enter).'),
      topics: (v) => (v.length > 0 ? null : 'Indique al menos un tema (escriba y pulse Enter).')
    }
  })
  const save = useApiMutation(api.press.saveConference, {
    invalidates: PRESS_WRITES,
    success: (c) => (conference ? `Se guardó la rueda de prensa «${c.title}».` : `Se registró la rueda de prensa «${c.title}».`),
    form,
    onSuccess: (c) => {
      onSaved?.(c)
      onClose()
    }
  })
  const submit = form.onSubmit((v) =>
    save.mutate({
      ...(conference ? { id: conference.id } : {}),
      title: v.title,
      startsAt: toStartsAt(v.date ?? '', v.time.trim()),
      place: v.place,
      spokespersons: v.spokespersons,
      topics: v.topics,
      invitedIds: v.invitedIds.map(Number),
      notes: v.notes
    })
  )
  const invited = new Set(form.values.invitedIds)
  const options = (contacts.data ?? []).filter((c) => c.active || invited.has(String(c.id))).map(contactOption)

  return (
    <Modal opened onClose={onClose} title={conference ? 'Editar la rueda de prensa' : 'Nueva rueda de prensa'} size="xl">
      <form noValidate onSubmit={submit}>
        <Stack>
          <TextInput label="Tema central" required data-autofocus maxLength={200} placeholder="P. ej. Balance de seguridad del trimestre" {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label="Fecha" required {...form.getInputProps('date')} />
            <TextInput label="Hora" required placeholder="hh:mm (24 horas)" inputMode="numeric" maxLength={5} {...form.getInputProps('time')} />
            <TextInput label="Lugar" required maxLength={200} {...form.getInputProps('place')} />
          </SimpleGrid>
          <TagsInput label="Voceros" required placeholder="Escriba el nombre o cargo y pulse Enter" splitChars={[';']} maxTags={20} {...form.getInputProps('spokespersons')} />
          <TagsInput label="Temas" required placeholder="Escriba un tema y pulse Enter" splitChars={[';']} maxTags={20} {...form.getInputProps('topics')} />
          <MultiSelect
            label="Medios invitados"
            placeholder="Busque periodistas del directorio"
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage="Ningún contacto coincide"
            data={options}
            maxDropdownHeight={260}
            {...form.getInputProps('invitedIds')}
          />
          <Textarea label="Notas" autosize minRows={2} maxLength={2000} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {conference ? 'Guardar rueda de prensa' : 'Registrar rueda de prensa'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
