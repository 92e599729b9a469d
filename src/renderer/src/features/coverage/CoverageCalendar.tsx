import { useState } from 'react'
import { Button, ColorSwatch, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { isoDateInColombia } from '../../../../shared/dates'
import { EVENT_STATES, EVENT_STATE_COLORS, EVENT_STATE_LABELS } from '../../../../shared/domain/coverage'
import { QueryView } from '../../components/QueryView'
import { UserSelect } from '../../components/UserSelect'
import { CalendarGrid, eventsByDay } from './CalendarGrid'
import { DayList } from './DayList'
import { daysOf, shiftAnchor, viewTitle, type CalendarView } from './calendar-range'
import { useCoverageEvents } from './queries'

const VIEWS = [
  { value: 'dia', label: 'Día' },
  { value: 'semana', label: 'Semana' },
  { value: 'mes', label: 'Mes' }
]

/** What the colour on the left of each event means. */
function StateLegend() {
  return (
    <Group gap="md" aria-label="Colores de los estados">
      {EVENT_STATES.map((s) => (
        <Group key={s} gap={6}>
          <ColorSwatch color={`var(--mantine-color-${EVENT_STATE_COLORS[s]}-6)`} size={10} withShadow={false} />
          <Text size="xs" c="dimmed">
            {EVENT_STATE_LABELS[s]}
          </Text>
        </Group>
      ))}
    </Group>
  )
}

/** The office's agenda by day, week or month, optionally only one person's assignments. */
export function CoverageCalendar({ onOpen }: { onOpen: (id: number) => void }) {
  const today = isoDateInColombia(new Date())
  const [view, setView] = useState<CalendarView>('semana')
  const [anchor, setAnchor] = useState(today)
  const [personId, setPersonId] = useState<number | null>(null)
  const days = daysOf(view, anchor)
  const query = useCoverageEvents({ from: days[0]!, to: days.at(-1)!, ...(personId !== null ? { assigneeId: personId } : {}) })
  const showDay = (day: string) => {
    setAnchor(day)
    setView('dia')
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap="xs">
          <Title order={3} fw={600}>
            {viewTitle(view, anchor)}
          </Title>
          <Group gap="xs">
            <Button variant="default" onClick={() => setAnchor(shiftAnchor(view, anchor, -1))} leftSection={<IconChevronLeft size={16} />}>
              Anterior
            </Button>
            <Button variant="default" onClick={() => setAnchor(today)}>
              Hoy
            </Button>
            <Button variant="default" onClick={() => setAnchor(shiftAnchor(view, anchor, 1))} rightSection={<IconChevronRight size={16} />}>
              Siguiente
            </Button>
          </Group>
        </Stack>
        <Group gap="sm" align="flex-end">
          <UserSelect
            label="Persona"
            placeholder="Todo el equipo"
            clearable
            w={240}
            value={personId}
            onChange={setPersonId}
            preferRoles={['audiovisual', 'profesional', 'community_manager', 'disenador']}
          />
          <SegmentedControl aria-label="Vista del calendario" data={VIEWS} value={view} onChange={(v) => setView(v as CalendarView)} />
        </Group>
      </Group>
      <QueryView query={query} loadingLabel="Cargando el calendario">
        {(events) =>
          view === 'dia' ? (
            <DayList
              events={eventsByDay(events).get(anchor) ?? []}
              onOpen={onOpen}
              emptyHint={personId !== null ? 'Esta persona no tiene cubrimientos este día.' : 'Programe un evento con «Nuevo evento» o cambie de día.'}
            />
          ) : (
            <Stack gap="xs">
              <CalendarGrid view={view} days={days} anchor={anchor} today={today} events={events} onOpen={onOpen} onDay={showDay} />
              <StateLegend />
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  )
}
