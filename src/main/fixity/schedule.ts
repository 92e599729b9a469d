import type { FixityFrequency } from '../../shared/domain/archive-export'
import { isoDateInColombia } from '../../shared/dates'

export interface ScheduleRule {
  frequency: FixityFrequency
  weekday: number | null
  monthDay: number | null
  hour: number
}

// Colombia keeps UTC−5 all year (no daylight saving): a local hour is that hour plus five in UTC.
const COLOMBIA_OFFSET_HOURS = 5
const DAY_MS = 86_400_000

const slotAt = (y: number, m: number, d: number, hour: number) => new Date(Date.UTC(y, m - 1, d, hour + COLOMBIA_OFFSET_HOURS))

function localDate(now: Date): [number, number, number] {
  return isoDateInColombia(now).split('-').map(Number) as [number, number, number]
}

/** The most recent time the rule says a run should start, at or before `now`; null when off. */
export function lastSlot(now: Date, rule: ScheduleRule): Date | null {
  const [y, m, d] = localDate(now)
  if (rule.frequency === 'semanal' && rule.weekday !== null) {
    // ISO weekday of the Colombian date: 1 = lunes … 7 = domingo.
    const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1
    const back = (weekday - rule.weekday + 7) % 7
    const slot = new Date(slotAt(y, m, d, rule.hour).getTime() - back * DAY_MS)
    return slot <= now ? slot : new Date(slot.getTime() - 7 * DAY_MS)
  }
  if (rule.frequency === 'mensual' && rule.monthDay !== null) {
    const slot = slotAt(y, m, rule.monthDay, rule.hour)
    return slot <= now ? slot : slotAt(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, rule.monthDay, rule.hour)
  }
  return null
}

/** The first time after `now` the rule says a run should start; null when off. */
export function nextSlot(now: Date, rule: ScheduleRule): Date | null {
  const last = lastSlot(now, rule)
  if (!last) return null
  if (rule.frequency === 'semanal') return new Date(last.getTime() + 7 * DAY_MS)
  const [y, m] = localDate(last)
  return slotAt(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, rule.monthDay ?? 1, rule.hour)
}

/**
 * A run is due once per period: the latest slot has passed and no scheduled run started since.
 * Slots before the rule was saved do not count: choosing "lunes 02:00" on a Monday afternoon waits
 * for next Monday. A slot missed while Pauta was closed runs at the next start.
 */
export function isScheduledRunDue(now: Date, rule: ScheduleRule, state: { lastRunAt: string | null; updatedAt: string }): boolean {
  const slot = lastSlot(now, rule)
  if (!slot) return false
  const since = Math.max(Date.parse(state.updatedAt), state.lastRunAt ? Date.parse(state.lastRunAt) : -Infinity)
  return slot.getTime() > since
}

/** When the next run starts: the pending slot if one is due, otherwise the next one. */
export function nextRunAt(now: Date, rule: ScheduleRule, state: { lastRunAt: string | null; updatedAt: string }): Date | null {
  if (isScheduledRunDue(now, rule, state)) return lastSlot(now, rule)
  return nextSlot(now, rule)
}
