import { useEffect } from 'react'
import { Button, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconCalendarTime } from '@tabler/icons-react'
import type { FixitySchedule } from '../../../../../shared/contract/fixity'
import { FIXITY_FREQUENCIES, FIXITY_FREQUENCY_LABELS, WEEKDAY_LABELS, type FixityFrequency } from '../../../../../shared/domain/archive-export'
import { formatDateTime } from '../../../../../shared/dates'
import { QueryView } from '../../../components/QueryView'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import { useFixitySchedule } from './queries'

interface Values {
  frequency: FixityFrequency
  weekday: string
  monthDay: number | string
  hour: string
}

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }))
const WEEKDAYS = Object.entries(WEEKDAY_LABELS).map(([value, label]) => ({ value, label }))
const hourText = (h: number) => `${String(h).padStart(2, '0')}:00`

/** "Cada semana, los lunes a las 02:00" — what the schedule does, in one line. */
export function describeSchedule(s: Pick<FixitySchedule, 'frequency' | 'weekday' | 'monthDay' | 'hour'>): string {
  if (s.frequency === 'semanal') {
    const day = (WEEKDAY_LABELS[s.weekday ?? 1] ?? '').toLowerCase()
    return `Cada semana, los ${day.endsWith('s') ? day : `${day}s`} a las ${hourText(s.hour)}`
  }
  if (s.frequency === 'mensual') return `Cada mes, el día ${s.monthDay} a las ${hourText(s.hour)}`
  return 'Desactivada: el archivo se verifica solo cuando alguien lo pide'
}

function Status({ schedule }: { schedule: FixitySchedule }) {
  return (
    <Group gap="xl">
      <Text size="sm">
        <Text span c="dimmed">
          Última ejecución programada:{' '}
        </Text>
        {schedule.lastRunAt ? formatDateTime(schedule.lastRunAt) : 'aún ninguna'}
      </Text>
      {schedule.nextRunAt && (
        <Text size="sm">
          <Text span c="dimmed">
            Próxima:{' '}
          </Text>
          {schedule.runPending ? 'pendiente; empieza en cuanto termine la verificación en curso' : formatDateTime(schedule.nextRunAt)}
        </Text>
      )}
    </Group>
  )
}

function ScheduleForm({ schedule }: { schedule: FixitySchedule }) {
  const form = useForm<Values>({
    initialValues: { frequency: schedule.frequency, weekday: String(schedule.weekday ?? 1), monthDay: schedule.monthDay ?? 1, hour: String(schedule.hour) }
  })
  const { setValues, resetDirty } = form
  useEffect(() => {
    setValues({ frequency: schedule.frequency, weekday: String(schedule.weekday ?? 1), monthDay: schedule.monthDay ?? 1, hour: String(schedule.hour) })
    resetDirty()
  }, [schedule, setValues, resetDirty])
  const save = useApiMutation(api.fixity.saveSchedule, {
    invalidates: [['fixity', 'schedule']],
    success: (s) => (s.frequency === 'apagada' ? 'Se desactivó la verificación programada.' : `Verificación programada: ${describeSchedule(s).toLowerCase()}.`),
    form
  })
  const { frequency } = form.values
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        save.mutate({
          frequency: v.frequency,
          weekday: v.frequency === 'semanal' ? Number(v.weekday) : null,
          monthDay: v.frequency === 'mensual' ? Number(v.monthDay) : null,
          hour: Number(v.hour)
        })
      )}
    >
      <Group align="flex-end" gap="sm">
        <Select
          label="Frecuencia"
          w={170}
          allowDeselect={false}
          data={FIXITY_FREQUENCIES.map((f) => ({ value: f, label: FIXITY_FREQUENCY_LABELS[f] }))}
          {...form.getInputProps('frequency')}
        />
        {frequency === 'semanal' && <Select label="Día de la semana" w={160} allowDeselect={false} data={WEEKDAYS} {...form.getInputProps('weekday')} />}
        {frequency === 'mensual' && <NumberInput label="Día del mes" description="De 1 a 28" w={120} min={1} max={28} allowDecimal={false} {...form.getInputProps('monthDay')} />}
        {frequency !== 'apagada' && <Select label="Hora" w={110} allowDeselect={false} data={HOURS} {...form.getInputProps('hour')} />}
        <Button type="submit" variant="light" loading={save.isPending} disabled={!form.isDirty()}>
          Guardar programación
        </Button>
      </Group>
    </form>
  )
}

/** When Pauta verifies the whole archive on its own (while it is open; a missed run happens at the next start). */
export function FixityScheduleCard({ canEdit }: { canEdit: boolean }) {
  const schedule = useFixitySchedule()
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarTime size={18} />
          <Title order={4}>Verificación programada</Title>
        </Group>
        <QueryView query={schedule} loadingLabel="Cargando la programación">
          {(s) => (
            <Stack gap="sm">
              {canEdit ? <ScheduleForm schedule={s} /> : <Text size="sm">{describeSchedule(s)}.</Text>}
              {s.frequency !== 'apagada' && (
                <Text size="xs" c="dimmed">
                  Pauta verifica todo el archivo a esa hora (hora de Colombia) si está abierta; si estaba cerrada, lo hace al abrirse.
                </Text>
              )}
              <Status schedule={s} />
            </Stack>
          )}
        </QueryView>
      </Stack>
    </Paper>
  )
}
