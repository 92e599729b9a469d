import { Anchor } from '@mantine/core'
import type { CoverageEventRow } from '../../../../shared/contract/coverage'
import { formatDate } from '../../../../shared/dates'
import { EventChip } from './EventChip'
import { WEEKDAYS_SHORT, eventDays, weekdayIndex, type CalendarView } from './calendar-range'
import classes from './calendar.module.css'

const MONTH_VISIBLE = 3

export function eventsByDay(events: CoverageEventRow[]): Map<string, CoverageEventRow[]> {
  const byDay = new Map<string, CoverageEventRow[]>()
  for (const e of events) for (const d of eventDays(e.startsAt, e.endsAt)) byDay.set(d, [...(byDay.get(d) ?? []), e])
  return byDay
}

interface Props {
  view: Exclude<CalendarView, 'dia'>
  days: string[]
  anchor: string
  today: string
  events: CoverageEventRow[]
  onOpen: (id: number) => void
  onDay: (day: string) => void
}

/** Week (seven tall columns) or month (whole weeks) of events, Monday first. */
export function CalendarGrid({ view, days, anchor, today, events, onOpen, onDay }: Props) {
  const byDay = eventsByDay(events)
  const month = anchor.slice(0, 7)
  return (
    <div className={`${classes.grid} ${view === 'semana' ? classes.week : classes.month}`} role="region" aria-label={view === 'semana' ? 'Calendario de la semana' : 'Calendario del mes'}>
      {(view === 'mes' ? WEEKDAYS_SHORT : days).map((d, i) => (
        <div key={d} className={`${classes.head} ${view === 'semana' && d === today ? classes.headToday : ''}`}>
          {view === 'mes' ? d : `${WEEKDAYS_SHORT[i]} ${formatDate(d).slice(0, 5)}`}
        </div>
      ))}
      {days.map((day) => {
        const list = byDay.get(day) ?? []
        const visible = view === 'mes' ? list.slice(0, MONTH_VISIBLE) : list
        const outside = view === 'mes' && day.slice(0, 7) !== month
        return (
          <div
            key={day}
            role="group"
            aria-label={formatDate(day)}
            className={`${classes.cell} ${day === today ? classes.today : ''} ${outside ? classes.outside : ''}`}
            data-weekday={weekdayIndex(day)}
          >
            {view === 'mes' && (
              <button type="button" className={classes.dayNumber} onClick={() => onDay(day)} aria-label={`Ver el día ${formatDate(day)}`}>
                {Number(day.slice(8, 10))}
              </button>
            )}
            {visible.map((e) => (
              <EventChip key={e.id} event={e} onOpen={onOpen} compact={view === 'mes'} />
            ))}
            {list.length > visible.length && (
              <Anchor component="button" type="button" size="xs" ta="left" onClick={() => onDay(day)}>
                +{list.length - visible.length} más
              </Anchor>
            )}
          </div>
        )
      })}
    </div>
  )
}
