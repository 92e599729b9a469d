import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { DemoCalendar } from '../../src/main/demo/calendar'
import { scheduleInquiries } from '../../src/main/demo/inquiries'
import { SETUP_DAYS_AGO, scheduleOfficeSetup } from '../../src/main/demo/office-setup'
import { DemoOffice } from '../../src/main/demo/runner'
import { DemoWorld } from '../../src/main/demo/world'
import { handlers } from '../../src/main/handlers'
import { makeTestCore, type TestCore } from '../support/core'

let t: TestCore
let scratch: string
afterEach(async () => {
  await t?.dispose()
  rmSync(scratch, { recursive: true, force: true })
})

async function playDemo(now: string) {
  t = await makeTestCore()
  t.clock.set(now)
  scratch = mkdtempSync(join(tmpdir(), 'pauta-demo-inq-'))
  const calendar = new DemoCalendar(t.clock.now(), SETUP_DAYS_AGO + 5)
  const office = new DemoOffice(t.core, handlers, calendar.at(SETUP_DAYS_AGO, 8 * 60))
  const world = new DemoWorld(office, calendar, scratch)
  scheduleOfficeSetup(world)
  scheduleInquiries(world)
  await world.timeline.play(office.clock)
  office.clock.set(t.clock.now())
  return office
}

it.each([
  ['a plain Friday', '2026-03-13T20:00:00Z', '2026-03-13'],
  ['the Tuesday after Easter (Jueves and Viernes Santo in the last days)', '2026-04-07T20:00:00Z', '2026-04-07']
])('the demo office has a month of inquiries, most answered in term, two due today and one overdue (%s)', async (_, now, today) => {
  const office = await playDemo(now)
  const list = await office.call('crincon', 'inquiries', 'list', {})
  expect(list.length).toBeGreaterThanOrEqual(25)
  const answered = list.filter((r) => r.repliedAt !== null)
  const late = answered.filter((r) => r.answeredInTerm === false)
  expect(late.length).toBeGreaterThanOrEqual(2)
  expect(answered.length - late.length).toBeGreaterThan(answered.length * 0.75)
  expect(list.filter((r) => r.state === 'trasladada_pqrs')).toHaveLength(1)
  expect(list.filter((r) => r.state === 'cerrada').length).toBeGreaterThan(5)

  const due = await office.call('crincon', 'inquiries', 'due', {})
  expect(due.today).toBe(today)
  expect(due.dueToday.map((r) => r.citizen).sort()).toEqual(['Miguel Ángel Torres', 'Yolanda Castiblanco'])
  expect(due.overdue.map((r) => [r.citizen, r.state])).toEqual([['@camilo.bici', 'en_consulta']])

  const figures = await office.call('crincon', 'inquiries', 'figures', { from: '2026-01-01', to: today })
  expect(figures.received).toBe(list.length)
  expect(figures.shareInTerm).toBeGreaterThan(0.7)
  expect(figures.shareInTerm).toBeLessThan(1)
}, 30_000)
