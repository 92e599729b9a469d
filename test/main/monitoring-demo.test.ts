import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { isoDateInColombia } from '../../src/shared/dates'
import { DemoCalendar } from '../../src/main/demo/calendar'
import { scheduleMonitoring } from '../../src/main/demo/monitoring'
import { SETUP_DAYS_AGO, scheduleOfficeSetup } from '../../src/main/demo/office-setup'
import { DemoOffice } from '../../src/main/demo/runner'
import { DemoWorld } from '../../src/main/demo/world'
import { handlers } from '../../src/main/handlers'
import { makeTestCore, type TestCore } from '../support/core'

let t: TestCore
let office: DemoOffice
let calendar: DemoCalendar

// The office set up as load.ts does it, with the media review on the same timeline.
beforeAll(async () => {
  t = await makeTestCore()
  calendar = new DemoCalendar(t.clock.now(), SETUP_DAYS_AGO + 5)
  const scratch = await mkdtemp(join(tmpdir(), 'pauta-demo-medios-'))
  try {
    office = new DemoOffice(t.core, handlers, calendar.at(SETUP_DAYS_AGO, 8 * 60))
    const world = new DemoWorld(office, calendar, scratch)
    scheduleOfficeSetup(world)
    scheduleMonitoring(world)
    await world.timeline.play(office.clock)
    office.clock.set(t.clock.now())
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}, 60_000)
afterAll(async () => t?.dispose())

test('the demo has three weeks of clips, a confirmed duplicate, yesterday’s digest and this morning’s notes', async () => {
  const today = isoDateInColombia(t.clock.now())
  const todays = await office.call('crincon', 'monitoring', 'today', {})
  expect(todays).toMatchObject({ date: today, counts: { positivo: 1, neutro: 1, negativo: 1, total: 3 } })

  const trends = await office.call('crincon', 'monitoring', 'trends', { granularity: 'mes', from: calendar.workday(20), to: today })
  expect(trends.periods.reduce((sum, p) => sum + p.counts.total, 0)).toBe(28)
  expect(trends.topTopics[0]).toMatchObject({ topic: 'Movilidad' })

  const shared = await office.call('crincon', 'monitoring', 'list', { date: calendar.workday(3) })
  expect(shared.map((c) => c.duplicateIds.length)).toEqual([1, 1])

  const digest = await office.call('crincon', 'monitoring', 'latestDigest', { date: calendar.workday(1) })
  expect(digest).toMatchObject({ clipCount: 2, createdByName: 'Andrés Felipe Gutiérrez' })
  // This morning's notes were written on today's clock, and the story's clock went back afterwards.
  const audit = await t.core.db.selectFrom('audit_log').select('at').where('action', '=', 'monitoring.clip_created').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()
  expect(isoDateInColombia(new Date(audit.at))).toBe(today)
})
