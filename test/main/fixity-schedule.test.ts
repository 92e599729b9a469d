import { afterEach, describe, expect, it } from 'vitest'
import { fixityIdle } from '../../src/main/fixity/engine'
import { fixityScheduleJob } from '../../src/main/fixity/schedule-job'
import { isScheduledRunDue, lastSlot, nextSlot, type ScheduleRule } from '../../src/main/fixity/schedule'
import { makeOffice, type TestCore } from '../support/core'
import { seedMaster } from './fixity-support'

const weekly: ScheduleRule = { frequency: 'semanal', weekday: 1, monthDay: null, hour: 2 }
const monthly: ScheduleRule = { frequency: 'mensual', weekday: null, monthDay: 15, hour: 22 }
const at = (iso: string) => new Date(iso)

describe('fixity schedule slots (Colombian time, UTC−5)', () => {
  it('weekly: the last and next Monday at 02:00 Bogotá', () => {
    // Tuesday 10 March 2026, 09:00 Bogotá.
    expect(lastSlot(at('2026-03-10T14:00:00Z'), weekly)?.toISOString()).toBe('2026-03-09T07:00:00.000Z')
    expect(nextSlot(at('2026-03-10T14:00:00Z'), weekly)?.toISOString()).toBe('2026-03-16T07:00:00.000Z')
    // Monday 16 March, 01:59 Bogotá: this Monday's slot has not come yet.
    expect(lastSlot(at('2026-03-16T06:59:00Z'), weekly)?.toISOString()).toBe('2026-03-09T07:00:00.000Z')
    expect(lastSlot(at('2026-03-16T07:00:00Z'), weekly)?.toISOString()).toBe('2026-03-16T07:00:00.000Z')
    // Sunday 23:30 Bogotá is already Monday in UTC: the Colombian date decides.
    expect(lastSlot(at('2026-03-16T04:30:00Z'), { ...weekly, weekday: 7, hour: 23 })?.toISOString()).toBe('2026-03-16T04:00:00.000Z')
  })

  it('monthly: day 15 at 22:00 Bogotá, across the year', () => {
    expect(lastSlot(at('2026-03-10T14:00:00Z'), monthly)?.toISOString()).toBe('2026-02-16T03:00:00.000Z')
    expect(nextSlot(at('2026-03-10T14:00:00Z'), monthly)?.toISOString()).toBe('2026-03-16T03:00:00.000Z')
    expect(lastSlot(at('2026-01-05T12:00:00Z'), monthly)?.toISOString()).toBe('2025-12-16T03:00:00.000Z')
    expect(nextSlot(at('2026-12-20T12:00:00Z'), monthly)?.toISOString()).toBe('2027-01-16T03:00:00.000Z')
  })

  it('is due once per period, not for slots before the rule was saved', () => {
    const now = at('2026-03-10T14:00:00Z')
    expect(isScheduledRunDue(now, weekly, { lastRunAt: null, updatedAt: '2026-03-01T00:00:00Z' })).toBe(true)
    expect(isScheduledRunDue(now, weekly, { lastRunAt: '2026-03-09T07:00:05Z', updatedAt: '2026-03-01T00:00:00Z' })).toBe(false)
    expect(isScheduledRunDue(now, weekly, { lastRunAt: null, updatedAt: '2026-03-09T15:00:00Z' })).toBe(false)
    expect(isScheduledRunDue(now, { ...weekly, frequency: 'apagada' }, { lastRunAt: null, updatedAt: '2026-03-01T00:00:00Z' })).toBe(false)
  })
})

let o: TestCore
afterEach(async () => {
  if (o) await fixityIdle(o.core)
  await o?.dispose()
})

describe('scheduled fixity runs', () => {
  it('saves the schedule (jefe or archivist) with its next run, and audits it', async () => {
    o = await makeOffice()
    expect(await o.call('archivista', 'fixity', 'schedule')).toMatchObject({ frequency: 'apagada', nextRunAt: null, lastRunAt: null })
    const saved = await o.call('archivista', 'fixity', 'saveSchedule', { frequency: 'semanal', weekday: 6, monthDay: 3, hour: 23 })
    // Tuesday 10/03/2026 09:00 → Saturday 14/03 23:00 Bogotá.
    expect(saved).toMatchObject({ frequency: 'semanal', weekday: 6, monthDay: null, hour: 23, nextRunAt: '2026-03-15T04:00:00.000Z', updatedByName: 'Rosa Castro' })
    const audit = await o.core.db.selectFrom('audit_log').select('summary').where('action', '=', 'fixity.schedule').executeTakeFirstOrThrow()
    expect(audit.summary).toBe('Programó la verificación de integridad de todo el archivo cada semana, los sábados a las 23:00.')
    expect(await o.callError('profesional', 'fixity', 'saveSchedule', { frequency: 'mensual', monthDay: 1, hour: 2 })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await o.callError('jefe', 'fixity', 'saveSchedule', { frequency: 'mensual', hour: 2 })).toMatchObject({ code: 'VALIDATION', fields: { monthDay: 'Elija el día del mes.' } })
    expect(await o.callError('jefe', 'fixity', 'saveSchedule', { frequency: 'mensual', monthDay: 31, hour: 2 })).toMatchObject({ code: 'VALIDATION' })
  })

  it('starts a full run when due, once per period, as a scheduled task', async () => {
    o = await makeOffice()
    await seedMaster(o, 'a.jpg', 'a')
    await seedMaster(o, 'b.jpg', 'b')
    // Saved on Tuesday 10/03 09:00 Bogotá: every Wednesday at 06:00.
    await o.call('jefe', 'fixity', 'saveSchedule', { frequency: 'semanal', weekday: 3, hour: 6 })
    const job = fixityScheduleJob(o.core)

    await job.run(at('2026-03-11T10:59:00Z'))
    expect(await o.call('jefe', 'fixity', 'runs')).toEqual([])

    await job.run(at('2026-03-11T11:00:00Z'))
    await fixityIdle(o.core)
    const [run] = await o.call('jefe', 'fixity', 'runs')
    expect(run).toMatchObject({ scope: 'todo', state: 'terminada', total: 2, ok: 2, scheduled: true, createdByName: 'Laura Gómez' })
    const audit = await o.core.db.selectFrom('audit_log').select(['actor_id', 'summary']).where('action', 'in', ['fixity.start', 'fixity.finish']).orderBy('id').execute()
    expect(audit).toEqual([
      { actor_id: null, summary: 'Tarea programada: inició la verificación de integridad programada de todo el archivo (2 originales).' },
      { actor_id: null, summary: 'Tarea programada: terminó la verificación de integridad de 2 originales: 2 íntegros, 0 cambiados y 0 faltantes.' }
    ])

    // Later the same week, and after a restart (a new job reads the same database): nothing more.
    await fixityScheduleJob(o.core).run(at('2026-03-13T15:00:00Z'))
    expect(await o.call('jefe', 'fixity', 'runs')).toHaveLength(1)
    o.clock.set('2026-03-13T15:00:00Z')
    const schedule = await o.call('jefe', 'fixity', 'schedule')
    expect(schedule).toMatchObject({ lastRunAt: '2026-03-11T11:00:00.000Z', nextRunAt: '2026-03-18T11:00:00.000Z' })

    // Pauta closed on Wednesday the 18th: the run happens at the next start.
    await fixityScheduleJob(o.core).run(at('2026-03-19T13:00:00Z'))
    await fixityIdle(o.core)
    expect(await o.call('jefe', 'fixity', 'runs')).toHaveLength(2)
  })

  it('waits while a verification is in progress', async () => {
    o = await makeOffice()
    for (let i = 0; i < 60; i++) await seedMaster(o, `f${i}.jpg`, `contenido ${i}`.repeat(2000))
    await o.call('jefe', 'fixity', 'saveSchedule', { frequency: 'mensual', monthDay: 10, hour: 8 })
    await o.call('archivista', 'fixity', 'run', {})
    await fixityScheduleJob(o.core).run(at('2026-04-10T14:00:00Z'))
    expect(await o.call('jefe', 'fixity', 'runs')).toHaveLength(1)
    await fixityIdle(o.core)
    await fixityScheduleJob(o.core).run(at('2026-04-10T14:01:00Z'))
    await fixityIdle(o.core)
    const runs = await o.call('jefe', 'fixity', 'runs')
    expect(runs.map((r) => r.scheduled)).toEqual([true, false])
  })
})
