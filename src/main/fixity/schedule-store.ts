import type { FixitySchedule } from '../../shared/contract/fixity'
import type { Db } from '../db/connection'
import { isScheduledRunDue, nextRunAt, type ScheduleRule } from './schedule'

export interface StoredSchedule extends ScheduleRule {
  lastRunAt: string | null
  updatedAt: string
  updatedBy: number
  updatedByName: string
}

export async function readSchedule(db: Db): Promise<StoredSchedule | null> {
  const row = await db
    .selectFrom('fixity_schedule as s')
    .innerJoin('users as u', 'u.id', 's.updated_by')
    .select(['s.frequency', 's.weekday', 's.month_day', 's.hour', 's.last_run_at', 's.updated_at', 's.updated_by', 'u.full_name'])
    .executeTakeFirst()
  if (!row) return null
  return {
    frequency: row.frequency,
    weekday: row.weekday,
    monthDay: row.month_day,
    hour: row.hour,
    lastRunAt: row.last_run_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    updatedByName: row.full_name
  }
}

/** The schedule as the Integridad tab shows it; never configured reads as off. */
export function toSchedule(stored: StoredSchedule | null, now: Date): FixitySchedule {
  if (!stored) return { frequency: 'apagada', weekday: null, monthDay: null, hour: 2, lastRunAt: null, nextRunAt: null, runPending: false, updatedAt: null, updatedByName: null }
  return {
    frequency: stored.frequency,
    weekday: stored.weekday,
    monthDay: stored.monthDay,
    hour: stored.hour,
    lastRunAt: stored.lastRunAt,
    nextRunAt: nextRunAt(now, stored, stored)?.toISOString() ?? null,
    runPending: isScheduledRunDue(now, stored, stored),
    updatedAt: stored.updatedAt,
    updatedByName: stored.updatedByName
  }
}
