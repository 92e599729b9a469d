import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { DemoCalendar } from '../../src/main/demo/calendar'
import { OWN_PIECES } from '../../src/main/demo/data/pieces'
import { REQUESTS } from '../../src/main/demo/data/requests'
import { SETUP_DAYS_AGO, scheduleOfficeSetup } from '../../src/main/demo/office-setup'
import { schedulePress } from '../../src/main/demo/press'
import { DemoOffice } from '../../src/main/demo/runner'
import { scheduleOwnPiece, scheduleRequestStory } from '../../src/main/demo/stories'
import { DemoWorld } from '../../src/main/demo/world'
import { handlers } from '../../src/main/handlers'
import { makeTestCore, type TestCore } from '../support/core'

let t: TestCore
let office: DemoOffice

// The demo's editorial story as load.ts plays it, with the press schedule on the same timeline.
beforeAll(async () => {
  t = await makeTestCore()
  const calendar = new DemoCalendar(t.clock.now(), SETUP_DAYS_AGO + 5)
  const scratch = await mkdtemp(join(tmpdir(), 'pauta-demo-press-'))
  try {
    office = new DemoOffice(t.core, handlers, calendar.at(SETUP_DAYS_AGO, 8 * 60))
    const world = new DemoWorld(office, calendar, scratch)
    scheduleOfficeSetup(world)
    REQUESTS.forEach((story, i) => scheduleRequestStory(world, story, i))
    OWN_PIECES.forEach((story, i) => scheduleOwnPiece(world, story, REQUESTS.length * 3 + i))
    schedulePress(world)
    await world.timeline.play(office.clock)
    office.clock.set(t.clock.now())
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}, 60_000)
afterAll(async () => t?.dispose())

test('the demo numbers every approved bulletin piece in order and sends each to its lists', async () => {
  const bulletins = await office.call('crincon', 'press', 'bulletins', {})
  const approvedPieces = (await office.call('crincon', 'pieces', 'list', { type: 'boletin_prensa' })).filter((p) => ['aprobada', 'publicada'].includes(p.state))
  expect(bulletins.map((b) => b.pieceId).sort()).toEqual(approvedPieces.map((p) => p.id).sort())
  expect(bulletins.length).toBeGreaterThanOrEqual(3)
  const numbers = bulletins.map((b) => b.number).reverse()
  numbers.forEach((n, i) => i > 0 && expect(n).toBe(numbers[i - 1]! + 1))
  for (const b of bulletins) expect(b.sendCount).toBeGreaterThan(0)
  expect(await office.call('crincon', 'press', 'bulletinPieces', {})).not.toContainEqual(expect.objectContaining({ ready: true }))
})

test('the demo has twelve contacts, two lists, a past conference with attendance and one coming up', async () => {
  expect(await office.call('crincon', 'press', 'contacts', {})).toHaveLength(12)
  expect((await office.call('crincon', 'press', 'lists', {})).map((l) => [l.name, l.activeMemberCount])).toEqual([
    ['Medios nacionales', 5],
    ['Medios regionales de Sabana Centro', 8]
  ])
  const [upcoming, past] = await office.call('crincon', 'press', 'conferences', {})
  expect(past).toMatchObject({ invitedCount: 9, attendedCount: 6 })
  expect(Date.parse(upcoming!.startsAt)).toBeGreaterThan(t.clock.now().getTime())
  expect((await office.call('crincon', 'press', 'upcoming', {})).conferences.map((c) => c.id)).toEqual([upcoming!.id])
})
