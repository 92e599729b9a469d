import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { ROLE_LABELS } from '../../../../shared/domain/roles'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useUsers } from '../../lib/queries'
import { DateField } from '../../components/DateField'

interface Values {
  delegateId: string | null
  startsOn: string | null
  endsOn: string | null
  note: string
}

/** The jefe hands the approval of pieces to someone for a date range (vacaciones, comisión, incapacidad). */
export function DelegationFormModal({ opened, onClose, today }: { opened: boolean; onClose: () => void; today: string }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Delegar la aprobación" centered size="lg">
      {opened && <DelegationForm onDone={onClose} today={today} />}
    </Modal>
  )
}

function DelegationForm({ onDone, today }: { onDone: () => void; today: string }) {
  const users = useUsers()
  // A jefe approves already; main also refuses delegating to one.
  const candidates = (users.data ?? [])
    .filter((u) => u.active && u.role !== 'jefe')
    .map((u) => ({ value: String(u.id), label: `${u.fullName} · ${ROLE_LABELS[u.role]}` }))
  const form = useForm<Values>({
    initialValues: { delegateId: null, startsOn: today, endsOn: null, note: '' },
    validate: {
      delegateId: (v) => (v ? null : 'Seleccione a quién delega la aprobación.'),
      startsOn: (v) => (v ? null : 'Escriba la fecha inicial (dd/mm/aaaa).'),
      endsOn: (v) => (v ? null : 'Escriba la fecha final (dd/mm/aaaa).')
    }
  })
  const create = useApiMutation(
    (v: { delegateId: number; startsOn: string; endsOn: string; note: string }) => api.delegations.create(v),
    {
      invalidates: [['delegations']],
      form,
      success: (d) => `Se delegó la aprobación a ${d.delegateName}.`,
      onSuccess: onDone
    }
  )
  return (
    <form
      onSubmit={form.onSubmit((v) => {
        if (v.delegateId && v.startsOn && v.endsOn) {
          create.mutate({ delegateId: Number(v.delegateId), startsOn: v.startsOn, endsOn: v.endsOn, note: v.note })
        }
      })}
      noValidate
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Durante estas fechas, la persona delegada aprobará o devolverá el contenido y el diseño de las piezas, salvo las que ella
          misma redactó o diseñó. Ambas fechas se incluyen.
        </Text>
        <Select
          label="Persona delegada"
          placeholder="Seleccione"
          data={candidates}
          searchable
          required
          data-autofocus
          openOnFocus={false}
          nothingFoundMessage="Sin coincidencias"
          {...form.getInputProps('delegateId')}
        />
        <SimpleGrid cols={2}>
          <DateField label="Desde" required {...form.getInputProps('startsOn')} />
          <DateField label="Hasta" required {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <Textarea label="Nota" placeholder="Ej.: Vacaciones del jefe de la oficina" autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={create.isPending}>
            Delegar aprobación
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
