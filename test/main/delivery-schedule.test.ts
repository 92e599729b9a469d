import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { colombianHolidays, easterSunday, firstWorkingDayOfMonth, isWorkingDay } from '../../src/main/calendar/colombian-holidays'
import { isMonthlyRunDue, nextMonthlyRunOn } from '../../src/main/background/monthly-schedule'
import { monthLabel, runMonthlyExports } from '../../src/main/background/monthly-exports'
import { systemCtx } from '../../src/main/background/system-actor'
import { generateReport } from '../../src/main/reports/generate'
import { makeOffice } from '../support/core'

/**
 * The national holidays as the official calendars publish them (Ley 51 de 1983 applied). 2025
 * has Sagrado Corazón and San Pedro y San Pablo on the same Monday, 30 June.
 */
const OFFICIAL: Record<number, string[]> = {
  2025: [
    '01-01', '01-06', '03-24', '04-17', '04-18', '05-01', '06-02', '06-23', '06-30', '06-30',
    '07-20', '08-07', '08-18', '10-13', '11-03', '11-17', '12-08', '12-25'
  ],
  2026: [
    '01-01', '01-12', '03-23', '04-02', '04-03', '05-01', '05-18', '06-08', '06-15', '06-29',
    '07-20', '08-07', '08-17', '10-12', '11-02', '11-16', '12-08', '12-25'
  ],
  2027: [
    '01-01', '01-11', '03-22', '03-25', '03-26', '05-01', '05-10', '05-31', '06-07', '07-05',
    '07-20', '08-07', '08-16', '10-18', '11-01', '11-15', '12-08', '12-25'
  ],
  2028: [
    '01-01', '01-10', '03-20', '04-13', '04-14', '05-01', '05-29', '06-19', '06-26', '07-03',
    '07-20', '08-07', '08-21', '10-16', '11-06', '11-13', '12-08', '12-25'
  ]
}

describe('Colombian holidays', () => {
  it('computes Easter Sunday', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2038].map((y) => easterSunday(y).toISOString().slice(0, 10))).toEqual([
      '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2038-04-25'
    ])
  })

  for (const [year, dates] of Object.entries(OFFICIAL)) {
    it(`matches the official list of ${year}`, () => {
      expect(colombianHolidays(Number(year)).map((h) => h.date)).toEqual(dates.map((d) => `${year}-${d}`))
    })
  }

  it('names each holiday and moves the Emiliani ones to Monday', () => {
    const h2026 = colombianHolidays(2026)
    expect(h2026.find((h) => h.name === 'Día de los Reyes Magos')?.date).toBe('2026-01-12')
    expect(h2026.find((h) => h.name === 'Viernes Santo')?.date).toBe('2026-04-03')
    expect(h2026.find((h) => h.name === 'Ascensión del Señor')?.date).toBe('2026-05-18')
    expect(h2026.find((h) => h.name === 'Corpus Christi')?.date).toBe('2026-06-08')
    expect(h2026.find((h) => h.name === 'Sagrado Corazón de Jesús')?.date).toBe('2026-06-15')
    // Fixed holidays stay put even on a weekend.
    expect(colombianHolidays(2027).find((h) => h.name === 'Navidad')?.date).toBe('2027-12-25')
    const moved = colombianHolidays(2027).filter((h) => !['Año Nuevo', 'Día del Trabajo', 'Día de la Independencia', 'Batalla de Boyacá', 'Inmaculada Concepción', 'Navidad', 'Jueves Santo', 'Viernes Santo'].includes(h.name))
    expect(moved.every((h) => new Date(`${h.date}T00:00:00Z`).getUTCDay() === 1)).toBe(true)
  })

  it('tells working days: Monday to Friday except holidays', () => {
    expect(isWorkingDay('2026-03-10')).toBe(true)
    expect(isWorkingDay('2026-03-14')).toBe(false)
    expect(isWorkingDay('2026-03-15')).toBe(false)
    expect(isWorkingDay('2026-03-23')).toBe(false)
    expect(isWorkingDay('2026-04-02')).toBe(false)
  })

  it('finds the first working day of each month', () => {
    const firsts = Array.from({ length: 12 }, (_, i) => firstWorkingDayOfMonth(`2026-${String(i + 1).padStart(2, '0')}`))
    expect(firsts).toEqual([
      '2026-01-02', '2026-02-02', '2026-03-02', '2026-04-01', '2026-05-04', '2026-06-01',
      '2026-07-01', '2026-08-03', '2026-09-01', '2026-10-01', '2026-11-03', '2026-12-01'
    ])
    // 1 Jan 2027 is a Friday holiday, then a weekend.
    expect(firstWorkingDayOfMonth('2027-01')).toBe('2027-01-04')
    // 1 Nov 2027 is a Monday holiday (Todos los Santos).
    expect(firstWorkingDayOfMonth('2027-11')).toBe('2027-11-02')
  })
})

describe('monthly run day', () => {
  const created = { lastRunOn: null, createdOn: '2026-03-10' }

  it('waits for next month when created after this month’s run day, then runs on its first working day', () => {
    expect(isMonthlyRunDue('2026-03-10', created)).toBe(false)
    expect(nextMonthlyRunOn('2026-03-10', created)).toBe('2026-04-01')
    expect(isMonthlyRunDue('2026-03-31', created)).toBe(false)
    expect(isMonthlyRunDue('2026-04-01', created)).toBe(true)
    expect(nextMonthlyRunOn('2026-04-01', created)).toBe('2026-04-01')
  })

  it('catches up when Pauta was closed on the run day, and runs once a month', () => {
    const ranInApril = { lastRunOn: '2026-04-06', createdOn: '2026-03-10' }
    expect(isMonthlyRunDue('2026-04-06', created)).toBe(true)
    expect(isMonthlyRunDue('2026-04-20', ranInApril)).toBe(false)
    expect(nextMonthlyRunOn('2026-04-20', ranInApril)).toBe('2026-05-04')
    expect(isMonthlyRunDue('2026-05-01', ranInApril)).toBe(false)
    expect(isMonthlyRunDue('2026-05-04', ranInApril)).toBe(true)
  })

  it('a schedule created before the run day runs that month', () => {
    expect(isMonthlyRunDue('2026-04-01', { lastRunOn: null, createdOn: '2026-03-31' })).toBe(true)
    expect(isMonthlyRunDue('2026-04-01', { lastRunOn: null, createdOn: '2026-04-01' })).toBe(true)
    expect(isMonthlyRunDue('2026-04-02', { lastRunOn: null, createdOn: '2026-04-02' })).toBe(false)
  })

  it('labels months in Spanish', () => {
    expect(monthLabel('2026-02')).toBe('febrero de 2026')
    expect(monthLabel('2026-12')).toBe('diciembre de 2026')
  })
})

describe('scheduled monthly export', () => {
  let work: string
  let t: Awaited<ReturnType<typeof makeOffice>>
  afterEach(async () => {
    await t.dispose()
    rmSync(work, { recursive: true, force: true })
  })

  it('is configured by managers and shows its next run day', async () => {
    t = await makeOffice()
    work = mkdtempSync(join(tmpdir(), 'pauta-programada-'))
    const dest = await t.call('jefe', 'delivery', 'createDestination', { name: 'Planeación', path: work, note: '', active: true })
    expect((await t.callError('profesional', 'delivery', 'saveSchedule', { report: 'mensual', destinationId: dest.id, active: true })).code).toBe('FORBIDDEN')
    const saved = await t.call('jefe', 'delivery', 'saveSchedule', { report: 'mensual', destinationId: dest.id, active: true })
    expect(saved).toMatchObject({ report: 'mensual', destinationName: 'Planeación', active: true, lastRunOn: null, nextRunOn: '2026-04-01' })
    const twin = await t.callError('jefe', 'delivery', 'saveSchedule', { report: 'mensual', destinationId: dest.id, active: true })
    expect(twin.code).toBe('CONFLICT')
    const off = await t.call('administrador', 'delivery', 'saveSchedule', { id: saved.id, report: 'mensual', destinationId: dest.id, active: false })
    expect(off.active).toBe(false)
    expect(await t.call('profesional', 'delivery', 'schedules')).toEqual([off])
    const audit = await t.call('jefe', 'audit', 'list', {})
    expect(audit.map((a) => a.summary).slice(0, 2)).toEqual([
      'Modificó la programación del informe mensual: inactiva, destino «Planeación»',
      'Programó el envío del informe mensual a «Planeación» el primer día hábil de cada mes'
    ])
  })

  it('generates last month’s report on the first working day and delivers it as the scheduled task', async () => {
    t = await makeOffice()
    work = mkdtempSync(join(tmpdir(), 'pauta-programada-'))
    const folder = join(work, 'planeacion')
    mkdirSync(folder)
    const dest = await t.call('jefe', 'delivery', 'createDestination', { name: 'Planeación', path: folder, note: '', active: true })
    await t.call('jefe', 'delivery', 'saveSchedule', { report: 'mensual', destinationId: dest.id, active: true })
    const generate = (ctx: Parameters<typeof generateReport>[0], month: string) => generateReport(ctx, { kind: 'mensual', month })

    expect(await runMonthlyExports(systemCtx(t.core, new Date('2026-03-31T15:00:00Z')), generate)).toBe(0)
    // 1 April 2026, 8:00 in Colombia.
    expect(await runMonthlyExports(systemCtx(t.core, new Date('2026-04-01T13:00:00Z')), generate)).toBe(1)
    const delivered = readdirSync(folder)
    expect(delivered).toHaveLength(1)
    expect(delivered[0]).toMatch(/\.pdf$/)
    expect(await runMonthlyExports(systemCtx(t.core, new Date('2026-04-01T20:00:00Z')), generate)).toBe(0)
    expect(await runMonthlyExports(systemCtx(t.core, new Date('2026-05-01T15:00:00Z')), generate)).toBe(0)

    const [schedule] = await t.call('jefe', 'delivery', 'schedules')
    expect(schedule).toMatchObject({ lastRunOn: '2026-04-01' })
    const generated = await t.call('jefe', 'reports', 'recent', {})
    expect(generated[0]).toMatchObject({ kind: 'mensual', createdByName: expect.stringContaining('Pauta') })
    const audit = await t.call('jefe', 'audit', 'list', {})
    expect(audit[0]).toMatchObject({
      action: 'delivery.schedule_ran',
      actorName: null,
      summary: 'Tarea programada: generó el informe mensual de marzo de 2026 y lo entregó en «Planeación»'
    })

    // Folder gone on the next run day: the report waits in the outbox.
    rmSync(folder, { recursive: true })
    expect(await runMonthlyExports(systemCtx(t.core, new Date('2026-05-04T13:00:00Z')), generate)).toBe(1)
    const [waiting] = await t.call('jefe', 'delivery', 'outbox')
    expect(waiting).toMatchObject({ state: 'pendiente', createdByName: 'Pauta (tarea programada)' })
    expect((await t.call('jefe', 'audit', 'list', {}))[0]!.summary).toBe(
      'Tarea programada: generó el informe mensual de abril de 2026 y lo dejó en la bandeja de salida para «Planeación»'
    )
  })
})
