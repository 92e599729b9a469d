import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { handlers } from '../../src/main/handlers'
import { DemoCalendar } from '../../src/main/demo/calendar'
import { scheduleCoverage } from '../../src/main/demo/coverage'
import { DEMO_PASSWORD } from '../../src/main/demo/data/office'
import { SETUP_DAYS_AGO, scheduleOfficeSetup } from '../../src/main/demo/office-setup'
import { DemoOffice } from '../../src/main/demo/runner'
import { DemoWorld } from '../../src/main/demo/world'
import { makeTestCore, type TestCore } from '../support/core'

/** The office setup and the coverage agenda only, played on the demo's timeline. */
describe('Datos de ejemplo de cubrimientos', () => {
  let t: TestCore
  const scratch = mkdtempSync(join(tmpdir(), 'pauta-demo-cov-'))
  const jefe = 'revisor'

  beforeAll(async () => {
    t = await makeTestCore()
    // A Thursday morning in Cajicá.
    t.clock.set('2026-03-12T13:00:00Z')
    const calendar = new DemoCalendar(t.clock.now(), SETUP_DAYS_AGO + 5)
    const office = new DemoOffice(t.core, handlers, calendar.at(SETUP_DAYS_AGO, 8 * 60))
    const world = new DemoWorld(office, calendar, scratch)
    scheduleOfficeSetup(world)
    scheduleCoverage(world)
    await world.timeline.play(office.clock)
    await t.call(jefe, 'auth', 'login', { username: 'crincon', password: DEMO_PASSWORD })
  }, 60_000)

  afterAll(async () => {
    await t.dispose()
    rmSync(scratch, { recursive: true, force: true })
  })

  test('una semana de eventos alrededor de hoy en todos los estados que el jefe ve', async () => {
    const events = await t.call(jefe, 'coverage', 'list', { from: '2026-03-01', to: '2026-03-31' })
    expect(events.map((e) => e.state).sort()).toEqual(['aplazado', 'cancelado', 'confirmado', 'confirmado', 'cubierto', 'cubierto', 'cubierto', 'programado'])
    const covered = events.filter((e) => e.state === 'cubierto')
    expect(covered.every((e) => e.coverages.some((c) => c.state === 'entregada'))).toBe(true)
    const postponed = events.find((e) => e.state === 'aplazado')!
    expect(postponed.startsAt.slice(0, 10)).toBe('2026-03-20')
  })

  test('hoy hay dos eventos con su equipo, y la fotógrafa los ve en su agenda', async () => {
    const today = await t.call(jefe, 'coverage', 'today', {})
    expect(today).toHaveLength(2)
    expect(today.flatMap((e) => e.coverages.map((c) => c.assigneeName))).toContain('Daniela Forero Páez')
    await t.call('fotografa', 'auth', 'login', { username: 'dforero', password: DEMO_PASSWORD })
    const agenda = await t.call('fotografa', 'coverage', 'agenda', {})
    expect(agenda.today.map((i) => i.need).sort()).toEqual(['fotografia', 'video'])
    expect(agenda.pastWeek.filter((i) => i.state === 'entregada')).toHaveLength(3)
    expect(agenda.upcoming.map((i) => i.eventTitle)).toEqual(['Festival gastronómico de la fresa'])
  })
})
